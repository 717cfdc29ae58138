import GovernorCore
import GovernorEngine

/// Every notification a receiver accepted, in order.
actor DeliveredNotifications {
    private(set) var all: [GroupNotification] = []

    func append(_ notification: GroupNotification) { all.append(notification) }

    func to(_ receiver: String) -> [GroupNotification] { all.filter { $0.receiver == receiver } }
}

/// A notifier that accepts everything and records it.
struct RecordingNotifier: Notifier {
    let name: String
    let delivered: DeliveredNotifications

    func send(_ notification: GroupNotification) async throws(NotifierError) {
        await delivered.append(notification)
    }
}
