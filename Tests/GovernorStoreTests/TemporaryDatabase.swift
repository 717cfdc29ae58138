import Foundation
import GovernorCore
import GovernorQuery
import GovernorStore

/// A fresh database file in its own temporary folder.
func temporaryDatabasePath() -> String {
    FileManager.default.temporaryDirectory.appendingPathComponent("governor-store-\(UUID().uuidString)")
        .appendingPathComponent("nested").appendingPathComponent("governor.sqlite").path
}

func sampleNotification(_ id: String, receiver: String = "team") -> GroupNotification {
    GroupNotification(
        id: id, receiver: receiver, groupKey: "{}:{alertname=\"X\"}", groupLabels: ["alertname": "X"],
        status: .firing,
        alerts: [
            NotificationAlert(
                status: .firing, labels: ["alertname": "X", "severity": "page"], annotations: ["summary": "ünïcode"],
                startsAt: 1_000, endsAt: 9_000, generatorURL: "http://g/graph", fingerprint: "f-\(id)"),
            NotificationAlert(
                status: .resolved, labels: ["alertname": "X"], annotations: [:], startsAt: 10, endsAt: nil,
                fingerprint: "g-\(id)"),
        ], createdAt: 500, externalURL: "http://governor")
}
