import Foundation
import GovernorCore
import GovernorQuery

/// A notification as the pipeline would hand it over: two alerts of one group.
func governanceNotification(
    id: String = "n1", receiver: String = "governance", status: NotificationStatus = .firing
) -> GroupNotification {
    GroupNotification(
        id: id, receiver: receiver, groupKey: "{}:{alertname=\"GovernanceBreach\"}",
        groupLabels: ["alertname": "GovernanceBreach"], status: status,
        alerts: [
            NotificationAlert(
                status: status, labels: ["alertname": "GovernanceBreach", "objective": "availability", "team": "sre"],
                annotations: ["compliance_index": "65", "breach_severity": "12.5", "summary": "Availability < 99.9%"],
                startsAt: 1_700_000_000_000, endsAt: status == .resolved ? 1_700_000_600_500 : nil,
                generatorURL: "http://governor/graph", fingerprint: "a1b2c3"),
            NotificationAlert(
                status: status, labels: ["alertname": "GovernanceBreach", "objective": "p95_latency", "team": "sre"],
                annotations: ["compliance_index": "65", "breach_severity": "12.5", "summary": "p95 > 300ms"],
                startsAt: 1_700_000_030_000, endsAt: status == .resolved ? 1_700_000_600_500 : nil,
                generatorURL: "http://governor/graph", fingerprint: "d4e5f6"),
        ], createdAt: 1_700_000_060_000, externalURL: "http://governor")
}

let fixedNow = Date(timeIntervalSince1970: 1_700_000_100)

func receiver(_ name: String, _ integrations: [IntegrationConfiguration]) -> ReceiverConfiguration {
    ReceiverConfiguration(
        name: name, integrations: integrations,
        location: SourceLocation(file: "alerts/receivers.yaml", line: 3, column: 5))
}

func temporaryDirectory() -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("governor-receivers-\(UUID().uuidString)")
    try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
}
