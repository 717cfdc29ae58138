import Foundation
import GovernorCore
import GovernorQuery

/// Alertmanager's webhook payload, version 4, field for field.
struct WebhookMessage: Encodable, Sendable {
    struct Alert: Encodable, Sendable {
        var status: String
        var labels: [String: String]
        var annotations: [String: String]
        var startsAt: String
        var endsAt: String
        var generatorURL: String
        var fingerprint: String
    }

    var version = "4"
    var groupKey: String
    var truncatedAlerts: Int
    var status: String
    var receiver: String
    var groupLabels: [String: String]
    var commonLabels: [String: String]
    var commonAnnotations: [String: String]
    var externalURL: String
    var alerts: [Alert]

    /// `maxAlerts` 0 keeps every alert; otherwise the rest are only counted, as Alertmanager does.
    init(_ notification: GroupNotification, maxAlerts: Int = 0) {
        let kept = maxAlerts > 0 ? Array(notification.alerts.prefix(maxAlerts)) : notification.alerts
        groupKey = notification.groupKey
        truncatedAlerts = notification.alerts.count - kept.count
        status = notification.status.rawValue
        receiver = notification.receiver
        groupLabels = notification.groupLabels
        commonLabels = notification.commonLabels
        commonAnnotations = notification.commonAnnotations
        externalURL = notification.externalURL
        alerts = kept.map { alert in
            Alert(
                status: alert.status.rawValue, labels: alert.labels.dictionary, annotations: alert.annotations,
                startsAt: RFC3339Time.text(alert.startsAt),
                endsAt: alert.endsAt.map { RFC3339Time.text($0) } ?? RFC3339Time.zero,
                generatorURL: alert.generatorURL, fingerprint: alert.fingerprint)
        }
    }

    func json() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(self)
    }
}

extension GroupNotification {
    /// The notification without its resolved alerts, for receivers with `send_resolved: false`;
    /// nil when nothing is left to send.
    func droppingResolved() -> GroupNotification? {
        var copy = self
        copy.alerts = alerts.filter { $0.status == .firing }
        return copy.alerts.isEmpty ? nil : copy
    }
}
