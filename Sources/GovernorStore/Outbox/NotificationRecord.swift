public import GovernorCore
import GovernorQuery

/// The JSON shape a notification is stored in. Kept apart from the model so that the model can change while
/// rows written by an older Governor still decode. Times are Unix milliseconds.
public struct NotificationRecord: Codable, Hashable, Sendable {
    public struct Alert: Codable, Hashable, Sendable {
        public var status: String
        public var labels: [String: String]
        public var annotations: [String: String]
        public var startsAt: Int64
        public var endsAt: Int64?
        public var generatorURL: String
        public var fingerprint: String
    }

    public var id: String
    public var receiver: String
    public var groupKey: String
    public var groupLabels: [String: String]
    public var status: String
    public var alerts: [Alert]
    public var createdAt: Int64
    public var externalURL: String

    public init(_ notification: GroupNotification) {
        id = notification.id
        receiver = notification.receiver
        groupKey = notification.groupKey
        groupLabels = notification.groupLabels
        status = notification.status.rawValue
        alerts = notification.alerts.map { alert in
            Alert(
                status: alert.status.rawValue,
                labels: Dictionary(uniqueKeysWithValues: alert.labels.pairs.map { ($0.name, $0.value) }),
                annotations: alert.annotations, startsAt: alert.startsAt, endsAt: alert.endsAt,
                generatorURL: alert.generatorURL, fingerprint: alert.fingerprint)
        }
        createdAt = notification.createdAt
        externalURL = notification.externalURL
    }

    /// The model value; an unknown status is an error rather than a guess.
    public func notification() throws(StoreError) -> GroupNotification {
        func decodeStatus(_ text: String) throws(StoreError) -> NotificationStatus {
            guard let status = NotificationStatus(rawValue: text) else {
                throw StoreError("notification \(id) has unknown status \"\(text)\"")
            }
            return status
        }
        var decodedAlerts: [NotificationAlert] = []
        for alert in alerts {
            decodedAlerts.append(
                NotificationAlert(
                    status: try decodeStatus(alert.status), labels: Labels(alert.labels),
                    annotations: alert.annotations,
                    startsAt: alert.startsAt, endsAt: alert.endsAt, generatorURL: alert.generatorURL,
                    fingerprint: alert.fingerprint))
        }
        return GroupNotification(
            id: id, receiver: receiver, groupKey: groupKey, groupLabels: groupLabels, status: try decodeStatus(status),
            alerts: decodedAlerts, createdAt: createdAt, externalURL: externalURL)
    }
}
