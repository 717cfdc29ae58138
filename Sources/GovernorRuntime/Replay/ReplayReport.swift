public import GovernorCore
public import GovernorQuery

/// Everything a replay saw, in time order.
public struct ReplayReport: Hashable, Sendable {
    /// A rule that failed to evaluate at some tick (the rest of its group still ran).
    public struct RuleFailure: Hashable, Sendable {
        public var time: Timestamp
        public var group: String
        public var rule: String
        public var message: String

        public init(time: Timestamp, group: String, rule: String, message: String) {
            self.time = time
            self.group = group
            self.rule = rule
            self.message = message
        }
    }

    public var from: Timestamp
    public var to: Timestamp
    public var step: Int64
    public var stateChanges: [ReplayStateChange]
    public var notifications: [ReplayNotification]
    public var failures: [RuleFailure]

    public init(
        from: Timestamp, to: Timestamp, step: Int64, stateChanges: [ReplayStateChange] = [],
        notifications: [ReplayNotification] = [], failures: [RuleFailure] = []
    ) {
        self.from = from
        self.to = to
        self.step = step
        self.stateChanges = stateChanges
        self.notifications = notifications
        self.failures = failures
    }
}
