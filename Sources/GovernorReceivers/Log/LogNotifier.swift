import Foundation
import GovernorCore
import GovernorEngine

/// Appends each notification as one NDJSON line (default `logs/notifications.ndjson`).
struct LogNotifier: Notifier {
    let name: String
    let file: NDJSONFile

    func send(_ notification: GroupNotification) async throws(NotifierError) {
        do {
            try file.append(try NotificationLogLine(notification).json())
        } catch {
            // A full disk or a permission problem may be fixed by an operator; keep the entry in the outbox.
            throw NotifierError("log \(name): cannot append to \(file.path)", retryable: true)
        }
    }
}
