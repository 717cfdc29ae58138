import GovernorCore
import GovernorEngine
import GovernorQuery

/// A notifier that fails the way a test tells it to, and records every send it accepted, in order.
actor NotificationLog {
    private(set) var attempts: [String] = []
    private(set) var accepted: [String] = []
    private var script: [String: [NotifierError]] = [:]

    /// The next sends of `id` fail with these errors, one per attempt.
    func fail(_ id: String, with errors: [NotifierError]) { script[id, default: []] += errors }

    func send(_ id: String) throws(NotifierError) {
        attempts.append(id)
        if var errors = script[id], !errors.isEmpty {
            let error = errors.removeFirst()
            script[id] = errors
            throw error
        }
        accepted.append(id)
    }
}

struct ScriptedNotifier: Notifier {
    let name: String
    let log: NotificationLog

    func send(_ notification: GroupNotification) async throws(NotifierError) {
        try await log.send(notification.id)
    }
}

func sampleNotification(_ id: String, receiver: String = "team", createdAt: Int64 = 0) -> GroupNotification {
    GroupNotification(
        id: id, receiver: receiver, groupKey: "{}:{alertname=\"X\"}", groupLabels: ["alertname": "X"],
        status: .firing,
        alerts: [
            NotificationAlert(
                status: .firing, labels: ["alertname": "X"], annotations: [:], startsAt: createdAt, endsAt: nil,
                fingerprint: "f-\(id)")
        ], createdAt: createdAt)
}
