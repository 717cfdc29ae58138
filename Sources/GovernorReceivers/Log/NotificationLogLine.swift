import Foundation
import GovernorCore
import GovernorQuery

/// One NDJSON line describing a notification: the webhook payload plus the outbox id, so a log line can be
/// matched with the outbox and deduplicated.
struct NotificationLogLine: Encodable {
    var id: String
    var createdAt: String
    var message: WebhookMessage

    init(_ notification: GroupNotification) {
        id = notification.id
        createdAt = RFC3339Time.text(notification.createdAt)
        message = WebhookMessage(notification)
    }

    func json() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(self)
    }
}
