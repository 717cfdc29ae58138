import Foundation
public import GovernorCore
import GovernorQuery

/// What `governor notify --test` sends: a realistic governance breach, so a user sees what a real alert
/// looks like in their Telegram chat or Notion database.
public enum SampleNotification {
    public static func make(receiver: String, at time: Int64) -> GroupNotification {
        let annotations = [
            "compliance_index": "65", "breach_severity": "12.5", "breaches": "availability, p95_latency",
            "summary": "Test notification from governor notify --test",
        ]
        return GroupNotification(
            id: "test-\(receiver)-\(time)", receiver: receiver, groupKey: "{}:{alertname=\"GovernorTest\"}",
            groupLabels: ["alertname": "GovernorTest"], status: .firing,
            alerts: [
                NotificationAlert(
                    status: .firing, labels: ["alertname": "GovernorTest", "severity": "info"],
                    annotations: annotations, startsAt: time, endsAt: nil, fingerprint: "governor-test-\(time)")
            ], createdAt: time)
    }
}
