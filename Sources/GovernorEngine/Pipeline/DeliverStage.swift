import GovernorCore
import GovernorQuery

/// The last stage: turns a flush that dedup let through into a `GroupNotification` and writes it to the outbox.
struct DeliverStage: Sendable {
    let dispatcher: OutboxDispatcher
    let externalURL: String

    /// The notification for `alerts`, or nil when only resolved alerts are left and the receiver wants none.
    func notification(
        for alerts: [PipelineAlert], group: AggregationGroup, wantsResolved: Bool, at time: Timestamp
    ) -> GroupNotification? {
        let sent = wantsResolved ? alerts : alerts.filter { !$0.isResolved }
        guard !sent.isEmpty else { return nil }
        let receiver = group.route.receiver
        return GroupNotification(
            id: Self.idempotencyID(receiver: receiver, groupKey: group.groupKey, alerts: sent, flushedAt: time),
            receiver: receiver, groupKey: group.groupKey,
            groupLabels: Dictionary(uniqueKeysWithValues: group.groupLabels.pairs.map { ($0.name, $0.value) }),
            status: sent.contains { !$0.isResolved } ? .firing : .resolved, alerts: sent.map(Self.exposed),
            createdAt: time, externalURL: externalURL)
    }

    /// As Alertmanager's `types.Alerts`: a firing alert's end is not exposed to receivers, since it is only
    /// how long the alert stays valid without a resend, not when it ends.
    static func exposed(_ alert: PipelineAlert) -> NotificationAlert {
        var exposed = alert.alert
        if !alert.isResolved { exposed.endsAt = nil }
        return exposed
    }

    func submit(_ notification: GroupNotification, at time: Timestamp) async throws {
        try await dispatcher.submit(notification, at: time)
    }

    /// The same flush always gets the same id, so a pipeline that re-runs a flush after a crash enqueues nothing
    /// new; any change of receiver, group, alert, status or flush time gives a different one.
    static func idempotencyID(
        receiver: String, groupKey: String, alerts: [PipelineAlert], flushedAt time: Timestamp
    ) -> String {
        var hash = FNV1a()
        for part in [receiver, groupKey] + alerts.map({ "\($0.fingerprint):\($0.alert.status.rawValue)" }).sorted() {
            hash.add(part)
            hash.addSeparator()
        }
        hash.add(String(time))
        return "\(hash.hex)-\(time)"
    }
}
