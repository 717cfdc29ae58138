public import GovernorCore
public import GovernorQuery

/// One alert state change seen during a replay.
public struct ReplayStateChange: Hashable, Sendable {
    public var time: Timestamp
    public var group: String
    public var alertName: String
    public var change: AlertTransition.Change
    /// The alert's labels (rule labels and `alertname` included).
    public var labels: Labels
    /// The expression's value for this alert at `time`.
    public var value: Double

    public init(
        time: Timestamp, group: String, alertName: String, change: AlertTransition.Change, labels: Labels,
        value: Double
    ) {
        self.time = time
        self.group = group
        self.alertName = alertName
        self.change = change
        self.labels = labels
        self.value = value
    }

    /// The state the alert is in after the change.
    public var state: String { change.stateAfter }
}
