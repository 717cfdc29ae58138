/// What a receiver was last told about a group: Alertmanager's notification log entry.
public struct NotificationLogEntry: Hashable, Sendable {
    /// Fingerprints of the alerts that were firing in the last notification.
    public var firingAlerts: Set<String>
    /// Fingerprints of the alerts that were resolved in the last notification.
    public var resolvedAlerts: Set<String>
    /// When it was sent, in milliseconds since the Unix epoch.
    public var sentAt: Int64

    public init(firingAlerts: Set<String>, resolvedAlerts: Set<String>, sentAt: Int64) {
        self.firingAlerts = firingAlerts
        self.resolvedAlerts = resolvedAlerts
        self.sentAt = sentAt
    }
}

/// Whether a group's notification goes out, and why: a port of Alertmanager's `DedupStage.needsUpdate`.
public enum DedupDecision: Hashable, Sendable {
    case send(SendReason)
    case skip(SkipReason)

    public enum SendReason: String, Hashable, Sendable {
        /// The receiver has never heard of this group and something fires.
        case firstNotification
        /// An alert fires that the last notification did not include.
        case newFiringAlerts
        /// Everything the receiver was told about has resolved; sent even without `send_resolved`, so that the
        /// log forgets the firing alerts.
        case allResolved
        /// With `send_resolved`, alerts resolved that the last notification did not report as resolved.
        case newResolvedAlerts
        /// Nothing changed, but `repeat_interval` has passed since the last notification.
        case repeatIntervalElapsed
    }

    public enum SkipReason: String, Hashable, Sendable {
        /// Never notified, and only resolved alerts: the receiver has nothing to be told.
        case onlyResolvedAlerts
        /// Alerts fired and resolved between two flushes; the receiver never knew of them.
        case resolvedBeforeNotified
        /// Nothing changed and `repeat_interval` has not passed.
        case unchanged
    }

    public var shouldSend: Bool {
        if case .send = self { return true }
        return false
    }

    /// Decides for the group's alerts now (`firing`, `resolved`: their fingerprints).
    public static func decide(
        lastNotification entry: NotificationLogEntry?, firing: Set<String>, resolved: Set<String>,
        sendResolved: Bool, repeatInterval: Int64, now: Int64
    ) -> DedupDecision {
        guard let entry else { return firing.isEmpty ? .skip(.onlyResolvedAlerts) : .send(.firstNotification) }
        if !firing.isSubset(of: entry.firingAlerts) { return .send(.newFiringAlerts) }
        if firing.isEmpty { return entry.firingAlerts.isEmpty ? .skip(.resolvedBeforeNotified) : .send(.allResolved) }
        if sendResolved && !resolved.isSubset(of: entry.resolvedAlerts) { return .send(.newResolvedAlerts) }
        return entry.sentAt < now - repeatInterval ? .send(.repeatIntervalElapsed) : .skip(.unchanged)
    }
}
