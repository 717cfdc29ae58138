import GovernorCore
import GovernorEngine
import GovernorQuery

/// One line of `logs/alerts.ndjson`: an alert state change, a notification decision, or a delivery outcome.
struct AlertLogLine: Encodable {
    /// `state_change`, `notification` or `delivery`.
    var kind: String
    var time: String
    var group: String?
    var alertname: String?
    var labels: [String: String]?
    /// For state changes: `pending`, `firing`, `resolved`, `cancelled`, `forgotten`.
    var state: String?
    var value: String?
    var receiver: String?
    var groupKey: String?
    /// For notifications: `sent`, `skipped`, `muted`, `suppressed`; for deliveries: `delivered`, `retry`, `dead`.
    var outcome: String?
    var reason: String?
    var notificationID: String?

    enum CodingKeys: String, CodingKey {
        case kind, time, group, alertname, labels, state, value, receiver, outcome, reason
        case groupKey = "group_key"
        case notificationID = "notification_id"
    }

    static func stateChange(_ transition: AlertTransition, alert: String, group: String) -> AlertLogLine {
        AlertLogLine(
            kind: "state_change", time: DaemonText.time(transition.at), group: group, alertname: alert,
            labels: Dictionary(uniqueKeysWithValues: transition.labels.pairs.map { ($0.name, $0.value) }),
            state: transition.change.stateAfter, value: PrometheusNumberFormat.string(transition.value))
    }

    static func delivery(time: Timestamp, receiver: String?, id: String, outcome: String, reason: String? = nil)
        -> AlertLogLine
    {
        AlertLogLine(
            kind: "delivery", time: DaemonText.time(time), receiver: receiver, outcome: outcome, reason: reason,
            notificationID: id)
    }
}

extension AlertLogLine {
    static func flush(_ record: FlushRecord) -> AlertLogLine {
        var line = AlertLogLine(
            kind: "notification", time: DaemonText.time(record.time), receiver: record.receiver,
            groupKey: record.groupKey)
        switch record.outcome {
        case .sent(let reason, let id):
            line.outcome = "sent"
            line.reason = reason.rawValue
            line.notificationID = id
        case .muted(let reason):
            line.outcome = "muted"
            line.reason = reason
        case .allSuppressed:
            line.outcome = "suppressed"
            line.reason = Set(record.suppressed.flatMap(\.reasons)).sorted().joined(separator: "; ")
        case .skipped(let reason):
            line.outcome = "skipped"
            line.reason = reason.rawValue
        case .resolvedNotWanted(let reason):
            line.outcome = "resolved_not_wanted"
            line.reason = reason.rawValue
        }
        return line
    }
}
