public import GovernorCore
public import GovernorQuery

/// A notification the outbox gave up on, with the reason a person reads to decide what to do about it.
public struct DeadLetter: Hashable, Sendable {
    public var notification: GroupNotification
    public var reason: String
    public var attempts: Int
    public var at: Timestamp

    public init(notification: GroupNotification, reason: String, attempts: Int, at: Timestamp) {
        self.notification = notification
        self.reason = reason
        self.attempts = attempts
        self.at = at
    }
}
