/// One line of `logs/audit.ndjson`: an action someone asked for, who asked (`dashboard`, `console`, `api`), and what
/// came of it. Written for refusals too. It holds the request's arguments and never a key: keys travel in headers.
public struct AuditEntry: Hashable, Sendable, Codable {
    /// RFC 3339, wall clock.
    public var time: String
    public var source: String
    public var action: String
    public var arguments: [String: JSONValue]
    public var outcome: OpsActionResult.Outcome
    public var message: String

    public init(
        time: String, source: String, action: String, arguments: [String: JSONValue],
        outcome: OpsActionResult.Outcome, message: String
    ) {
        self.time = time
        self.source = source
        self.action = action
        self.arguments = arguments
        self.outcome = outcome
        self.message = message
    }

    /// The sources a request may name; anything else is recorded as `api`.
    public static let sources: Set<String> = ["dashboard", "console", "api"]
}
