public import GovernorQuery

/// Where one alert instance is in its life, as Prometheus names the states.
public enum AlertState: String, Hashable, Sendable, Codable {
    case inactive
    case pending
    case firing
}

/// One alert instance of a rule, keyed by its label set.
public struct AlertInstance: Hashable, Sendable {
    public var labels: Labels
    public var annotations: [String: String]
    public var state: AlertState
    public var value: Double
    /// When the condition first held in this episode (ms).
    public var activeAt: Timestamp
    /// When it became firing, nil while pending.
    public var firedAt: Timestamp?
    /// When it resolved, nil while active.
    public var resolvedAt: Timestamp?
    /// When it was last handed to the notifier, nil if never.
    public var lastSentAt: Timestamp?
    /// Since when `keep_firing_for` (or an unmet `clear` condition) has kept it firing without its condition.
    public var keptFiringSince: Timestamp?
    /// Until when the receiver should consider it firing without hearing again (Prometheus's `EndsAt`).
    public var validUntil: Timestamp?

    public init(
        labels: Labels, annotations: [String: String], state: AlertState, value: Double, activeAt: Timestamp,
        firedAt: Timestamp? = nil, resolvedAt: Timestamp? = nil, lastSentAt: Timestamp? = nil,
        keptFiringSince: Timestamp? = nil, validUntil: Timestamp? = nil
    ) {
        self.labels = labels
        self.annotations = annotations
        self.state = state
        self.value = value
        self.activeAt = activeAt
        self.firedAt = firedAt
        self.resolvedAt = resolvedAt
        self.lastSentAt = lastSentAt
        self.keptFiringSince = keptFiringSince
        self.validUntil = validUntil
    }
}

extension AlertInstance {
    /// An active alert found again: it takes the candidate's value and annotations, and no longer needs keeping.
    mutating func update(from candidate: AlertCandidate) {
        value = candidate.value
        annotations = candidate.annotations
        keptFiringSince = nil
    }
}
