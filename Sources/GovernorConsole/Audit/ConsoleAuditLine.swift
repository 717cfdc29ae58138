/// One line of `logs/ai_console.ndjson`: the request as typed, what it was taken to mean and by whom (`grammar`,
/// `llm`, or `none` when neither could place it), the confirmation, and the outcome. Written for every request,
/// refused and clarified ones included. Keys are never part of it: they travel in headers and the environment.
public struct ConsoleAuditLine: Hashable, Sendable, Codable {
    public enum Source: String, Hashable, Sendable, Codable {
        case grammar, llm, none
    }

    public enum Confirmation: String, Hashable, Sendable, Codable {
        /// A reading intent: nothing to confirm.
        case notNeeded = "not-needed"
        /// Answered y at the prompt.
        case confirmed
        /// `--yes` on the command line.
        case flag = "yes-flag"
        /// Answered anything but y, or no prompt could be shown.
        case declined
    }

    public enum Outcome: String, Hashable, Sendable, Codable {
        case answered, done, refused, failed, clarified
    }

    /// RFC 3339, wall clock.
    public var time: String
    public var request: String
    /// The interpreted intent's name (`silence`, `status`…), nil when none.
    public var intent: String?
    /// The intent with its arguments, as it was read back (`silence alertname="X" for 2h`).
    public var interpreted: String?
    public var source: Source
    public var confirmation: Confirmation
    public var outcome: Outcome
    public var message: String

    public init(
        time: String, request: String, intent: Intent?, source: Source, confirmation: Confirmation, outcome: Outcome,
        message: String
    ) {
        self.time = time
        self.request = request
        self.intent = intent?.kind.rawValue
        interpreted = intent?.text
        self.source = source
        self.confirmation = confirmation
        self.outcome = outcome
        self.message = message
    }
}
