public import GovernorCore
public import GovernorQuery

/// A notification the replay would have sent: an alert starting to fire or resolving, its text and who gets it.
/// Nothing is sent; this is what `governor dry-run` prints.
public struct ReplayNotification: Hashable, Sendable {
    /// One receiver the alert would reach, through one matched route.
    public struct Delivery: Hashable, Sendable {
        public var receiver: String
        /// Alertmanager's group key, which decides which alerts share a message.
        public var groupKey: String

        public init(receiver: String, groupKey: String) {
            self.receiver = receiver
            self.groupKey = groupKey
        }
    }

    public var time: Timestamp
    public var alertName: String
    public var status: NotificationStatus
    public var labels: Labels
    public var annotations: [String: String]
    public var value: Double
    /// Empty when routing was not configured or the alert was suppressed.
    public var deliveries: [Delivery]
    /// Why nothing was delivered: inhibited, silenced, muted by a time interval. Empty when delivered.
    public var suppressedBecause: [String]

    public init(
        time: Timestamp, alertName: String, status: NotificationStatus, labels: Labels,
        annotations: [String: String], value: Double, deliveries: [Delivery] = [], suppressedBecause: [String] = []
    ) {
        self.time = time
        self.alertName = alertName
        self.status = status
        self.labels = labels
        self.annotations = annotations
        self.value = value
        self.deliveries = deliveries
        self.suppressedBecause = suppressedBecause
    }

    /// The distinct receivers, in routing order.
    public var receivers: [String] {
        var seen = Set<String>()
        return deliveries.map(\.receiver).filter { seen.insert($0).inserted }
    }
}
