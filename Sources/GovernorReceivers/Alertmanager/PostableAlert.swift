import Foundation
import GovernorCore
import GovernorQuery

/// One element of Alertmanager's `POST /api/v2/alerts` body.
struct PostableAlert: Encodable, Sendable {
    var labels: [String: String]
    var annotations: [String: String]
    var startsAt: String
    var endsAt: String
    var generatorURL: String

    /// Follows the client contract Prometheus keeps with Alertmanager: a firing alert carries an `endsAt` in
    /// the future (so Alertmanager resolves it by itself if the sender dies) and is re-sent before then; a
    /// resolved one carries the time it resolved.
    init(_ alert: NotificationAlert, now: Timestamp, firingValidity: Int64) {
        labels = alert.labels.dictionary
        annotations = alert.annotations
        startsAt = RFC3339Time.text(alert.startsAt)
        let endsAt: Timestamp =
            switch alert.status {
            case .firing: max(alert.endsAt ?? 0, now + firingValidity)
            case .resolved: alert.endsAt ?? now
            }
        self.endsAt = RFC3339Time.text(endsAt)
        generatorURL = alert.generatorURL
    }
}
