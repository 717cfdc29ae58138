public import GovernorQuery

/// What changed for one alert in one evaluation; the caller logs, persists and notifies from these.
public struct AlertTransition: Hashable, Sendable {
    public enum Change: String, Hashable, Sendable {
        /// inactive → pending (or straight to firing when `for` is zero).
        case activated
        /// pending → firing.
        case fired
        /// firing → inactive.
        case resolved
        /// pending → gone without ever firing.
        case cancelled
        /// A resolved alert was forgotten after the retention period.
        case forgotten
    }

    public var change: Change
    public var labels: Labels
    public var value: Double
    public var at: Timestamp

    public init(change: Change, labels: Labels, value: Double, at: Timestamp) {
        self.change = change
        self.labels = labels
        self.value = value
        self.at = at
    }
}

extension AlertTransition.Change {
    /// The state the alert is in after the change, as logs and `dry-run` name it.
    public var stateAfter: String {
        switch self {
        case .activated: "pending"
        case .fired: "firing"
        case .resolved: "resolved"
        case .cancelled: "inactive"
        case .forgotten: "forgotten"
        }
    }
}
