import Foundation
import GovernorQuery
import Hummingbird

/// A Prometheus API request's parameters as Go's `net/http` gives them to Prometheus: the values of a form body
/// (`application/x-www-form-urlencoded`, on POST, PUT and PATCH) come first, then the URL's query string's, so
/// `value(_:)` prefers the body as `Request.FormValue` does. A body of any other type is ignored, as Go does.
struct PrometheusForm: Sendable {
    private(set) var values: [String: [String]] = [:]
    /// The first problem reading the body or the query string, in Go's words (`invalid URL escape "%zz"`). The
    /// readable pairs are kept anyway; only the endpoints that call Go's `ParseForm` themselves report it.
    private(set) var problem: String?

    init(query: String?, body: String?, contentType: String?) {
        if let body {
            readForm(body: body, contentType: contentType)
        }
        if let problem = read(query ?? ""), self.problem == nil {
            self.problem = problem
        }
    }

    /// Reads the request's query string and, when it carries a form, its body (at most `maximumBodyBytes`).
    static func read(_ request: Request, maximumBodyBytes: Int) async throws -> PrometheusForm {
        var request = request
        var body: String?
        if [.post, .put, .patch].contains(request.method) {
            let buffer = try await request.collectBody(upTo: maximumBodyBytes)
            body = String(buffer: buffer)
        }
        return PrometheusForm(query: request.uri.query, body: body, contentType: request.headers[.contentType])
    }

    /// The first value of `name`, or "" when there is none (Go's `FormValue`).
    func value(_ name: String) -> String { values[name]?.first ?? "" }

    /// Every value of `name`, the body's first.
    func all(_ name: String) -> [String] { values[name] ?? [] }

    private mutating func readForm(body: String, contentType: String?) {
        // An absent type may be treated as application/octet-stream (RFC 7231), which is not a form.
        let header = contentType ?? "application/octet-stream"
        let mediaType =
            header.split(separator: ";", maxSplits: 1, omittingEmptySubsequences: false).first
            .map { $0.trimmingCharacters(in: .whitespaces).lowercased() } ?? ""
        if mediaType.isEmpty {
            problem = "mime: no media type"
        } else if let slash = mediaType.firstIndex(of: "/") {
            if mediaType[mediaType.index(after: slash)...].isEmpty { problem = "mime: expected token after slash" }
        } else if mediaType.contains(where: { " \t()<>@,;:\\\"[]?=".contains($0) }) {
            // Go accepts a bare token (a disposition such as `inline`) but nothing else without a slash.
            problem = "mime: expected slash after first token"
        }
        if problem == nil, mediaType == "application/x-www-form-urlencoded" {
            problem = read(body)
        }
    }

    /// Go's `url.ParseQuery`: pairs split on `&`, `+` is a space, a bad escape or a `;` skips its pair and is
    /// remembered; the first problem is returned.
    private mutating func read(_ text: String) -> String? {
        var firstProblem: String?
        for pair in text.split(separator: "&", omittingEmptySubsequences: true) {
            if pair.contains(";") {
                firstProblem = firstProblem ?? "invalid semicolon separator in query"
                continue
            }
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            switch (Self.unescape(parts[0]), Self.unescape(parts.count > 1 ? parts[1] : "")) {
            case (.success(let key), .success(let value)):
                values[key, default: []].append(value)
            case (.failure(let problem), _), (_, .failure(let problem)):
                firstProblem = firstProblem ?? problem.message
            }
        }
        return firstProblem
    }

    struct EscapeProblem: Error {
        var message: String
    }

    /// Go's `url.QueryUnescape`.
    static func unescape(_ text: Substring) -> Result<String, EscapeProblem> {
        var bytes: [UInt8] = []
        let utf8 = Array(text.utf8)
        var index = 0
        while index < utf8.count {
            switch utf8[index] {
            case UInt8(ascii: "%"):
                guard index + 2 < utf8.count, let high = hex(utf8[index + 1]), let low = hex(utf8[index + 2]) else {
                    let bad = String(decoding: utf8[index..<min(index + 3, utf8.count)], as: UTF8.self)
                    return .failure(EscapeProblem(message: "invalid URL escape \(quotedLabelValue(bad))"))
                }
                bytes.append(high << 4 | low)
                index += 3
            case UInt8(ascii: "+"):
                bytes.append(UInt8(ascii: " "))
                index += 1
            default:
                bytes.append(utf8[index])
                index += 1
            }
        }
        return .success(String(decoding: bytes, as: UTF8.self))
    }

    private static func hex(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
        default: nil
        }
    }
}
