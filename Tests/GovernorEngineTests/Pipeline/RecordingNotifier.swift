import GovernorCore
import GovernorEngine

/// Every notification a receiver accepted, in order.
actor DeliveredNotifications {
    private(set) var all: [Notification] = []

    func append(_ notification: Notification) { all.append(notification) }

    func to(_ receiver: String) -> [Notification] { all.filter { $0.receiver == receiver } }
}

/// A notifier that accepts everything and records it.
struct RecordingNotifier: Notifier {
    let name: String
    let delivered: DeliveredNotifications

    func send(_ notification: Notification) async throws(NotifierError) {
        await delivered.append(notification)
    }
}
