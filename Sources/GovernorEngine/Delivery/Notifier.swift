public import GovernorCore

/// Why a delivery failed, and whether trying again can help.
public struct NotifierError: Error, Hashable, Sendable, CustomStringConvertible {
    public var message: String
    /// True for failures that may pass (timeouts, 5xx, 429); false for ones that will not (400, bad config).
    public var retryable: Bool
    /// The wait the receiver asked for (HTTP Retry-After), in milliseconds.
    public var retryAfter: Int64?

    public init(_ message: String, retryable: Bool, retryAfter: Int64? = nil) {
        self.message = message
        self.retryable = retryable
        self.retryAfter = retryAfter
    }

    public var description: String { message }
}

/// Sends notifications to one receiver. Implementations never log secrets, and say whether a failure is retryable.
public protocol Notifier: Sendable {
    /// The receiver's name in the configuration.
    var name: String { get }
    func send(_ notification: GroupNotification) async throws(NotifierError)
}
