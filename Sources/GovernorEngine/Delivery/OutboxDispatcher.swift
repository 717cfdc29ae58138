public import GovernorCore
public import GovernorQuery

/// Delivers what the outbox holds, at least once.
///
/// A notification is written to the store before any send, so a crash can at worst repeat a send, never lose
/// one. Each receiver's notifications leave in the order they were enqueued: while the oldest one for a receiver
/// waits to be retried, the later ones wait behind it. Time and randomness come in as parameters so that
/// tests decide exactly when retries happen.
public actor OutboxDispatcher {
    private let store: any OutboxStore
    private let notifiers: [String: [any Notifier]]
    private let policy: RetryPolicy
    private let randomFraction: @Sendable () -> Double
    private let batchLimit: Int
    /// Integrations that already accepted a notification whose other integrations failed, so a retry does not
    /// resend to them. Kept in memory only: after a restart the whole receiver is retried (at-least-once).
    private var acceptedIntegrations: [String: Set<Int>] = [:]

    /// - Parameters:
    ///   - notifiers: each receiver's integrations, by receiver name.
    ///   - randomFraction: a uniform value in [0, 1) for jitter; inject a fixed one in tests.
    ///   - batchLimit: how many pending entries one round looks at.
    public init(
        store: any OutboxStore, notifiers: [String: [any Notifier]], policy: RetryPolicy = RetryPolicy(),
        randomFraction: @escaping @Sendable () -> Double = { Double.random(in: 0..<1) }, batchLimit: Int = 1_000
    ) {
        self.store = store
        self.notifiers = notifiers
        self.policy = policy
        self.randomFraction = randomFraction
        self.batchLimit = batchLimit
    }

    /// Writes the notification to the outbox; it is sent by the next round at or after `time`.
    public func submit(_ notification: GroupNotification, at time: Timestamp) async throws {
        try await store.enqueue(notification, at: time)
    }

    /// One round at `time`: every receiver's due head-of-line entries are attempted, receivers in parallel.
    public func runOnce(at time: Timestamp) async throws -> DeliveryReport {
        let pending = try await store.due(at: .max, limit: batchLimit)
        var queues: [String: [OutboxEntry]] = [:]
        var receiverOrder: [String] = []
        for entry in pending {
            let receiver = entry.notification.receiver
            if queues[receiver] == nil { receiverOrder.append(receiver) }
            queues[receiver, default: []].append(entry)
        }
        let store = self.store
        let outcomes = try await withThrowingTaskGroup(of: ReceiverRound.self) { group in
            for receiver in receiverOrder {
                let queue = queues[receiver] ?? []
                let accepted = acceptedIntegrations.filter { id, _ in queue.contains { $0.notification.id == id } }
                let round = ReceiverRound(
                    queue: queue, notifiers: notifiers[receiver], accepted: accepted, policy: policy,
                    randomFraction: randomFraction, time: time)
                group.addTask { try await round.run(recordingIn: store) }
            }
            var finished: [ReceiverRound] = []
            for try await round in group { finished.append(round) }
            return finished
        }
        var report = DeliveryReport()
        for round in outcomes {
            record(round, into: &report)
        }
        return report
    }

    /// Runs rounds until the outbox is empty, sleeping until the next entry is due between rounds.
    /// `now` reads the clock; `sleep` waits the given milliseconds (throwing on cancellation stops the drain).
    public func drain(
        now: @Sendable () -> Timestamp, sleep: @Sendable (Int64) async throws -> Void
    ) async throws -> DeliveryReport {
        var total = DeliveryReport()
        while true {
            let report = try await runOnce(at: now())
            total.delivered += report.delivered
            total.retried += report.retried
            total.deadLettered += report.deadLettered
            total.pendingCount = report.pendingCount
            total.nextAttemptAt = report.nextAttemptAt
            guard let next = report.nextAttemptAt else { return total }
            try await sleep(max(0, next - now()))
        }
    }

    /// The store already has each outcome; this keeps the report and the in-memory integration state.
    private func record(_ round: ReceiverRound, into report: inout DeliveryReport) {
        for outcome in round.outcomes {
            switch outcome {
            case .delivered(let id):
                acceptedIntegrations[id] = nil
                report.delivered.append(id)
            case .retry(let id, let error, let next, let accepted):
                acceptedIntegrations[id] = accepted.isEmpty ? nil : accepted
                report.retried.append(.init(id: id, error: error, nextAttemptAt: next))
                report.pendingCount += 1
                report.nextAttemptAt = min(report.nextAttemptAt ?? next, next)
            case .dead(let id, let reason):
                acceptedIntegrations[id] = nil
                report.deadLettered.append(.init(id: id, reason: reason))
            case .waiting(let next):
                report.pendingCount += 1
                report.nextAttemptAt = min(report.nextAttemptAt ?? next, next)
            }
        }
    }
}
