public import GovernorCore
public import GovernorQuery

/// One notification waiting in the outbox, with its delivery history.
public struct OutboxEntry: Hashable, Sendable {
    public var notification: GroupNotification
    public var attempts: Int
    /// Earliest time of the next attempt (ms).
    public var nextAttemptAt: Timestamp
    public var lastError: String?

    public init(notification: GroupNotification, attempts: Int = 0, nextAttemptAt: Timestamp, lastError: String? = nil)
    {
        self.notification = notification
        self.attempts = attempts
        self.nextAttemptAt = nextAttemptAt
        self.lastError = lastError
    }
}

/// Where notifications wait until delivered: written before sending, removed after success, dead-lettered when
/// they get too old. SQLite in production; an in-memory actor in tests.
public protocol OutboxStore: Sendable {
    /// Adds a notification; adding one whose id is already there does nothing.
    func enqueue(_ notification: GroupNotification, at time: Timestamp) async throws
    /// Entries due at `time`, oldest first, at most `limit`.
    func due(at time: Timestamp, limit: Int) async throws -> [OutboxEntry]
    func markDelivered(id: String, at time: Timestamp) async throws
    func markFailed(id: String, error: String, nextAttemptAt: Timestamp) async throws
    func markDead(id: String, reason: String, at time: Timestamp) async throws
}
