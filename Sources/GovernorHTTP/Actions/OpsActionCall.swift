import Foundation
import GovernorCore

/// The body of `POST /api/ops/actions/:name`: `{"arguments":{…},"source":"dashboard"|"console"|"api"}`, both
/// optional. Only the shape is read here; the arguments are checked against the action by `OpsActionRequest`.
struct OpsActionCall {
    var arguments: [String: JSONValue]
    var source: String

    init(_ body: Data) throws(APIError) {
        guard !body.isEmpty else {
            arguments = [:]
            source = "api"
            return
        }
        let value: JSONValue
        do {
            value = try JSONDecoder().decode(JSONValue.self, from: body)
        } catch {
            throw APIError.badData("the body is not JSON: expected {\"arguments\":{…},\"source\":\"…\"}")
        }
        guard case .object(let fields) = value else {
            throw APIError.badData("the body must be a JSON object: {\"arguments\":{…},\"source\":\"…\"}")
        }
        for key in fields.keys.sorted() where key != "arguments" && key != "source" {
            throw APIError.badData("unknown field \"\(key)\" in the body (it takes arguments and source)")
        }
        switch fields["arguments"] {
        case .none, .null: arguments = [:]
        case .object(let object): arguments = object
        default: throw APIError.badData("\"arguments\" must be a JSON object")
        }
        switch fields["source"] {
        case .none, .null: source = "api"
        case .string(let text) where AuditEntry.sources.contains(text): source = text
        default:
            throw APIError.badData("\"source\" must be one of \(AuditEntry.sources.sorted().joined(separator: ", "))")
        }
    }
}
