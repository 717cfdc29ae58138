import Foundation
public import GovernorCore

/// Checks a language model's answer for syntax and meaning before it becomes an intent: one JSON object, an intent
/// from the allowlist, only the arguments that intent takes, each of the right type and value (an alert the daemon
/// knows, a duration that parses, matchers that parse). Anything else is rejected with the reason, and nothing runs.
public struct IntentAnswerValidator: Sendable {
    public var vocabulary: ConsoleVocabulary

    public init(vocabulary: ConsoleVocabulary) {
        self.vocabulary = vocabulary
    }

    public func validate(_ content: String) -> Result<Intent, IntentRejection> {
        let value: JSONValue
        do {
            value = try JSONDecoder().decode(JSONValue.self, from: Data(content.utf8))
        } catch {
            return .failure(IntentRejection("the answer is not JSON"))
        }
        guard case .object(let fields) = value else {
            return .failure(IntentRejection("the answer is not a JSON object"))
        }
        if let extra = fields.keys.sorted().first(where: { $0 != "intent" && $0 != "arguments" }) {
            return .failure(IntentRejection("the answer has an unexpected field \"\(extra)\""))
        }
        guard case .string(let name) = fields["intent"] else {
            return .failure(IntentRejection("the answer has no intent"))
        }
        if name == "unknown" {
            return .failure(IntentRejection("the model found no intent for the request", unknown: true))
        }
        guard let kind = IntentKind(rawValue: name) else {
            return .failure(IntentRejection("\"\(name)\" is not an intent the console has"))
        }
        let arguments: [String: JSONValue]
        switch fields["arguments"] {
        case .object(let object): arguments = object
        case .none, .null: arguments = [:]
        default: return .failure(IntentRejection("arguments must be a JSON object"))
        }
        do {
            return .success(try intent(kind, arguments))
        } catch {
            return .failure(error)
        }
    }

    private func intent(_ kind: IntentKind, _ arguments: [String: JSONValue]) throws(IntentRejection) -> Intent {
        let allowed: Set<String> =
            switch kind {
            case .explain: ["alert"]
            case .routes: ["labels"]
            default: Set(kind.action?.arguments.map(\.name) ?? [])
            }
        if let extra = arguments.keys.sorted().first(where: { !allowed.contains($0) }) {
            throw IntentRejection("\(kind.rawValue) takes no argument \"\(extra)\"")
        }
        switch kind {
        case .status: return .status
        case .audit: return .audit
        case .payments: return .payments
        case .objectives: return .objectives
        case .forecast: return .forecast
        case .alerts: return .alerts
        case .explain:
            guard case .string(let alert) = arguments["alert"], !alert.isEmpty else {
                throw IntentRejection("explain needs the argument \"alert\"")
            }
            if !vocabulary.alertNames.isEmpty {
                guard let known = vocabulary.alert(matching: alert) else {
                    throw IntentRejection("no alert is named \(alert)")
                }
                return .explain(alert: known)
            }
            return .explain(alert: alert)
        case .routes:
            guard case .object(let object) = arguments["labels"], !object.isEmpty else {
                throw IntentRejection("routes needs the argument \"labels\" with at least one label")
            }
            var labels: [String: String] = [:]
            for (name, value) in object {
                guard case .string(let text) = value else { throw IntentRejection("label \(name) must be a string") }
                guard !name.isEmpty, name.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_") })
                else { throw IntentRejection("\(name) is not a label name") }
                labels[name] = text
            }
            return .routes(labels: labels)
        default:
            do {
                return .action(try OpsActionRequestText(kind.action!, arguments))
            } catch {
                throw IntentRejection(error.message)
            }
        }
    }
}

/// Why a model's answer was not used.
public struct IntentRejection: Error, Hashable, Sendable, CustomStringConvertible {
    public var message: String
    /// The model itself said no intent fits.
    public var unknown: Bool

    public init(_ message: String, unknown: Bool = false) {
        self.message = message
        self.unknown = unknown
    }

    public var description: String { message }
}
