import Foundation
import GovernorCore
import GovernorEngine

/// Prints each notification as one NDJSON line on standard output (or wherever `write` sends it in tests).
struct StdoutNotifier: Notifier {
    let name: String
    let write: @Sendable (String) -> Void

    func send(_ notification: GroupNotification) async throws(NotifierError) {
        do {
            write(String(decoding: try NotificationLogLine(notification).json(), as: UTF8.self))
        } catch {
            throw NotifierError("stdout \(name): cannot encode the notification", retryable: false)
        }
    }
}
