import GovernorCore
import GovernorQuery

/// Decides, from the notification log, whether the receiver hears about a flush (Alertmanager's DedupStage).
struct DedupStage: Sendable {
    let log: any NotificationLogStore

    struct Verdict: Sendable {
        var decision: DedupDecision
        /// What the log records if the notification goes out.
        var entry: NotificationLogEntry
    }

    func decide(
        _ alerts: [PipelineAlert], receiver: String, groupKey: String, sendResolved: Bool, repeatInterval: Int64,
        at time: Timestamp
    ) async throws -> Verdict {
        let firing = Set(alerts.filter { !$0.isResolved }.map(\.fingerprint))
        let resolved = Set(alerts.filter(\.isResolved).map(\.fingerprint))
        let last = try await log.lastNotification(receiver: receiver, groupKey: groupKey)
        let decision = DedupDecision.decide(
            lastNotification: last, firing: firing, resolved: resolved, sendResolved: sendResolved,
            repeatInterval: repeatInterval, now: time)
        return Verdict(
            decision: decision,
            entry: NotificationLogEntry(firingAlerts: firing, resolvedAlerts: resolved, sentAt: time))
    }

    func record(_ verdict: Verdict, receiver: String, groupKey: String) async throws {
        try await log.record(verdict.entry, receiver: receiver, groupKey: groupKey)
    }
}
