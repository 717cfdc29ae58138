import GovernorCore
import GovernorQuery

/// One receiver's share of a dispatch round: its queue is worked through in order until an entry has to wait.
/// A value, so it can run in a child task while the dispatcher actor stays free.
struct ReceiverRound: Sendable {
    enum Outcome: Hashable, Sendable {
        case delivered(id: String)
        case retry(id: String, error: String, nextAttemptAt: Timestamp, accepted: Set<Int>)
        case dead(id: String, reason: String)
        /// An entry that was not attempted this round, due at the given time.
        case waiting(nextAttemptAt: Timestamp)
    }

    let queue: [OutboxEntry]
    let notifiers: [any Notifier]?
    let accepted: [String: Set<Int>]
    let policy: RetryPolicy
    let randomFraction: @Sendable () -> Double
    let time: Timestamp
    private(set) var outcomes: [Outcome] = []

    init(
        queue: [OutboxEntry], notifiers: [any Notifier]?, accepted: [String: Set<Int>], policy: RetryPolicy,
        randomFraction: @escaping @Sendable () -> Double, time: Timestamp
    ) {
        self.queue = queue
        self.notifiers = notifiers
        self.accepted = accepted
        self.policy = policy
        self.randomFraction = randomFraction
        self.time = time
    }

    /// Attempts the due head of the queue and what follows it, writing each outcome to the store as soon as it
    /// is known: a crash right after a send must find that send recorded, or it repeats every earlier one too.
    func run(recordingIn store: any OutboxStore) async throws -> ReceiverRound {
        var finished = self
        var blockedUntil: Timestamp?
        for entry in queue {
            if let blockedUntil {
                // Behind a retrying entry: it may not overtake, so it is due no earlier than that one.
                finished.outcomes.append(.waiting(nextAttemptAt: max(blockedUntil, entry.nextAttemptAt)))
                continue
            }
            guard entry.nextAttemptAt <= time else {
                blockedUntil = entry.nextAttemptAt
                finished.outcomes.append(.waiting(nextAttemptAt: entry.nextAttemptAt))
                continue
            }
            let outcome = await attempt(entry)
            try await Self.record(outcome, in: store, at: time)
            finished.outcomes.append(outcome)
            if case .retry(_, _, let next, _) = outcome { blockedUntil = next }
        }
        return finished
    }

    private static func record(_ outcome: Outcome, in store: any OutboxStore, at time: Timestamp) async throws {
        switch outcome {
        case .delivered(let id): try await store.markDelivered(id: id, at: time)
        case .retry(let id, let error, let next, _):
            try await store.markFailed(id: id, error: error, nextAttemptAt: next)
        case .dead(let id, let reason): try await store.markDead(id: id, reason: reason, at: time)
        case .waiting: break
        }
    }

    private func attempt(_ entry: OutboxEntry) async -> Outcome {
        let notification = entry.notification
        guard let notifiers, !notifiers.isEmpty else {
            return .dead(id: notification.id, reason: "no receiver named \"\(notification.receiver)\" is configured")
        }
        var acceptedNow = accepted[notification.id] ?? []
        var retryable: [(index: Int, error: NotifierError)] = []
        for (index, notifier) in notifiers.enumerated() where !acceptedNow.contains(index) {
            do {
                try await notifier.send(notification)
                acceptedNow.insert(index)
            } catch {
                guard error.retryable else {
                    return .dead(
                        id: notification.id,
                        reason: "\(describe(notifier, index)) refused it and retrying cannot help: \(error.message)")
                }
                retryable.append((index, error))
            }
        }
        guard let first = retryable.first else { return .delivered(id: notification.id) }
        let failedAttempts = entry.attempts + 1
        let summary = retryable.map { "\(describe(notifiers[$0.index], $0.index)): \($0.error.message)" }
            .joined(separator: "; ")
        let deadline = policy.deadline(forCreatedAt: notification.createdAt)
        if time >= deadline {
            return .dead(
                id: notification.id,
                reason: "gave up after \(failedAttempts) attempts: older than the maximum age of "
                    + "\(policy.maximumAge / 1000)s; last error: \(summary)")
        }
        let retryAfter = retryable.compactMap(\.error.retryAfter).max() ?? first.error.retryAfter
        let wait = policy.backoff(
            afterFailedAttempts: failedAttempts, randomFraction: randomFraction(), retryAfter: retryAfter)
        // One last attempt at the deadline rather than none at all.
        let next = min(time + wait, max(deadline, time))
        return .retry(id: notification.id, error: summary, nextAttemptAt: next, accepted: acceptedNow)
    }

    private func describe(_ notifier: any Notifier, _ index: Int) -> String {
        "\(notifier.name) integration #\(index + 1)"
    }
}
