public import GovernorQuery

/// Whether an alert in a notification is still firing.
public enum NotificationStatus: String, Hashable, Sendable, Codable {
    case firing
    case resolved
}

/// One alert as receivers see it (Alertmanager's webhook alert shape).
public struct NotificationAlert: Hashable, Sendable {
    public var status: NotificationStatus
    public var labels: Labels
    public var annotations: [String: String]
    public var startsAt: Timestamp
    /// When it resolved, or until when it is valid while firing.
    public var endsAt: Timestamp?
    public var generatorURL: String
    /// A stable hash of the label set, as Alertmanager reports it.
    public var fingerprint: String

    public init(
        status: NotificationStatus, labels: Labels, annotations: [String: String], startsAt: Timestamp,
        endsAt: Timestamp?, generatorURL: String = "", fingerprint: String
    ) {
        self.status = status
        self.labels = labels
        self.annotations = annotations
        self.startsAt = startsAt
        self.endsAt = endsAt
        self.generatorURL = generatorURL
        self.fingerprint = fingerprint
    }
}

/// One message to one receiver about one alert group: what the outbox stores and a notifier sends.
public struct GroupNotification: Hashable, Sendable {
    /// The idempotency key: the same notification retried keeps it, so receivers and the outbox can dedupe.
    public var id: String
    public var receiver: String
    /// Alertmanager's group key, e.g. `{}/{severity="critical"}:{alertname="X"}`.
    public var groupKey: String
    public var groupLabels: [String: String]
    /// Firing when any alert in it fires.
    public var status: NotificationStatus
    public var alerts: [NotificationAlert]
    public var createdAt: Timestamp
    public var externalURL: String

    public init(
        id: String, receiver: String, groupKey: String, groupLabels: [String: String], status: NotificationStatus,
        alerts: [NotificationAlert], createdAt: Timestamp, externalURL: String = ""
    ) {
        self.id = id
        self.receiver = receiver
        self.groupKey = groupKey
        self.groupLabels = groupLabels
        self.status = status
        self.alerts = alerts
        self.createdAt = createdAt
        self.externalURL = externalURL
    }

    /// Labels every alert in the notification shares.
    public var commonLabels: [String: String] {
        guard let first = alerts.first else { return [:] }
        var common = Dictionary(uniqueKeysWithValues: first.labels.pairs.map { ($0.name, $0.value) })
        for alert in alerts.dropFirst() {
            common = common.filter { alert.labels[$0.key] == $0.value }
        }
        return common
    }

    /// Annotations every alert in the notification shares.
    public var commonAnnotations: [String: String] {
        guard let first = alerts.first else { return [:] }
        return first.annotations.filter { key, value in alerts.allSatisfy { $0.annotations[key] == value } }
    }
}
