import GovernorCore
import GovernorEngine
public import GovernorQuery

extension DaemonCore {
    /// Whether a step queued something since the last call.
    func takeDeliveryRequest() -> Bool {
        defer { deliveryRequested = false }
        return deliveryRequested
    }

    /// One delivery round at `now`: every receiver's due notifications are attempted (at least once, in order per
    /// receiver). Returns when the next retry is due, if any is waiting.
    public func deliver(at now: Timestamp) async -> Timestamp? {
        guard let dispatcher else { return nil }
        let outcome: DeliveryReport
        do {
            outcome = try await dispatcher.runOnce(at: now)
        } catch {
            report(storeFailure: error, doing: "reading the outbox", at: now)
            return now + 1_000
        }
        for id in outcome.delivered {
            counters.notificationsDelivered += 1
            let receiver = queued.removeValue(forKey: id)
            configuration.metrics.notification(receiver: receiver, outcome: "delivered")
            say("\(DaemonText.time(now))  \(DaemonText.pad("SENT"))\(receiver ?? "notification") delivered")
            logs.alert(.delivery(time: now, receiver: receiver, id: id, outcome: "delivered"))
        }
        for retry in outcome.retried {
            counters.notificationsRetried += 1
            let receiver = queued[retry.id]
            configuration.metrics.notification(receiver: receiver, outcome: "retried")
            say(
                "\(DaemonText.time(now))  \(DaemonText.pad("RETRY"))\(receiver ?? "notification"): \(retry.error); "
                    + "next attempt at \(DaemonText.time(retry.nextAttemptAt))")
            logs.alert(.delivery(time: now, receiver: receiver, id: retry.id, outcome: "retry", reason: retry.error))
        }
        for failure in outcome.deadLettered {
            counters.notificationsDeadLettered += 1
            let receiver = queued.removeValue(forKey: failure.id)
            configuration.metrics.notification(receiver: receiver, outcome: "dead")
            say("\(DaemonText.time(now))  \(DaemonText.pad("DEAD"))\(receiver ?? "notification"): \(failure.reason)")
            logs.alert(
                .delivery(time: now, receiver: receiver, id: failure.id, outcome: "dead", reason: failure.reason))
        }
        return outcome.nextAttemptAt
    }
}
