public import GovernorQuery

/// What one dispatch round did, so callers (tests, the daemon, `governor notify --drain-outbox`) can tell
/// progress from waiting.
public struct DeliveryReport: Hashable, Sendable {
    public struct Retry: Hashable, Sendable {
        public var id: String
        public var error: String
        public var nextAttemptAt: Timestamp

        public init(id: String, error: String, nextAttemptAt: Timestamp) {
            self.id = id
            self.error = error
            self.nextAttemptAt = nextAttemptAt
        }
    }

    public struct Failure: Hashable, Sendable {
        public var id: String
        public var reason: String

        public init(id: String, reason: String) {
            self.id = id
            self.reason = reason
        }
    }

    public var delivered: [String] = []
    public var retried: [Retry] = []
    public var deadLettered: [Failure] = []
    /// Entries still waiting after the round.
    public var pendingCount = 0
    /// The earliest time one of them is due; nil when nothing is pending.
    public var nextAttemptAt: Timestamp?

    public init() {}
}
