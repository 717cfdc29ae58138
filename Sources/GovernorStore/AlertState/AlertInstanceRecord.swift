import GovernorCore
import GovernorQuery

/// An alert instance as the state table stores it (JSON). Values may be NaN (a no-data alert), which JSON
/// cannot hold, so the coder writes non-finite numbers as strings.
struct AlertInstanceRecord: Codable {
    var labels: [String: String]
    var annotations: [String: String]
    var state: AlertState
    var value: Double
    var activeAt: Timestamp
    var firedAt: Timestamp?
    var resolvedAt: Timestamp?
    var lastSentAt: Timestamp?
    var keptFiringSince: Timestamp?
    var validUntil: Timestamp?

    init(_ alert: AlertInstance) {
        labels = Dictionary(uniqueKeysWithValues: alert.labels.pairs.map { ($0.name, $0.value) })
        annotations = alert.annotations
        state = alert.state
        value = alert.value
        activeAt = alert.activeAt
        firedAt = alert.firedAt
        resolvedAt = alert.resolvedAt
        lastSentAt = alert.lastSentAt
        keptFiringSince = alert.keptFiringSince
        validUntil = alert.validUntil
    }

    var instance: AlertInstance {
        AlertInstance(
            labels: Labels(labels), annotations: annotations, state: state, value: value, activeAt: activeAt,
            firedAt: firedAt, resolvedAt: resolvedAt, lastSentAt: lastSentAt, keptFiringSince: keptFiringSince,
            validUntil: validUntil)
    }
}
