import Foundation
import GovernorCore
import GovernorQuery
import GovernorRuntime

/// The JSON `dry-run --format json` prints. Values are strings as in Prometheus's API, so NaN and ±Inf survive.
enum DryRunJSON {
    static func render(_ report: ReplayReport) -> String {
        let object: [String: Any] = [
            "from": ReplayText.time(report.from), "to": ReplayText.time(report.to), "stepMs": report.step,
            "stateChanges": report.stateChanges.map(stateChange),
            "notifications": report.notifications.map(notification),
            "failures": report.failures.map {
                [
                    "time": ReplayText.time($0.time), "group": $0.group, "rule": $0.rule, "message": $0.message,
                ]
            },
        ]
        return text(object) + "\n"
    }

    static func text(_ object: Any) -> String {
        let data = (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self)
    }

    static func labels(_ labels: Labels) -> [String: String] {
        Dictionary(uniqueKeysWithValues: labels.pairs.map { ($0.name, $0.value) })
    }

    private static func stateChange(_ change: ReplayStateChange) -> [String: Any] {
        [
            "time": ReplayText.time(change.time), "timestampMs": change.time, "group": change.group,
            "alertname": change.alertName, "change": change.change.rawValue, "state": change.state,
            "value": ReplayText.value(change.value), "labels": labels(change.labels),
        ]
    }

    private static func notification(_ notification: ReplayNotification) -> [String: Any] {
        [
            "time": ReplayText.time(notification.time), "timestampMs": notification.time,
            "alertname": notification.alertName, "status": notification.status.rawValue,
            "value": ReplayText.value(notification.value), "labels": labels(notification.labels),
            "annotations": notification.annotations, "receivers": notification.receivers,
            "deliveries": notification.deliveries.map { ["receiver": $0.receiver, "groupKey": $0.groupKey] },
            "suppressedBecause": notification.suppressedBecause,
        ]
    }
}
