public import GovernorCore
public import GovernorQuery

/// The outbox kept in memory, for tests and dry runs. Behaves like the SQLite store: idempotent enqueue,
/// delivered ids remembered so a re-enqueued notification is not sent again, dead letters kept.
public actor InMemoryOutboxStore: OutboxStore {
    private var pending: [OutboxEntry] = []
    public private(set) var deliveredIDs: Set<String> = []
    public private(set) var deadLetters: [DeadLetter] = []

    public init() {}

    public func enqueue(_ notification: GroupNotification, at time: Timestamp) {
        let id = notification.id
        guard !deliveredIDs.contains(id), !pending.contains(where: { $0.notification.id == id }),
            !deadLetters.contains(where: { $0.notification.id == id })
        else { return }
        pending.append(OutboxEntry(notification: notification, nextAttemptAt: time))
    }

    /// Entries in enqueue order, which is the order receivers must see them in.
    public func due(at time: Timestamp, limit: Int) -> [OutboxEntry] {
        Array(pending.filter { $0.nextAttemptAt <= time }.prefix(max(0, limit)))
    }

    public func markDelivered(id: String, at time: Timestamp) {
        pending.removeAll { $0.notification.id == id }
        deliveredIDs.insert(id)
    }

    public func markFailed(id: String, error: String, nextAttemptAt: Timestamp) {
        guard let index = pending.firstIndex(where: { $0.notification.id == id }) else { return }
        pending[index].attempts += 1
        pending[index].lastError = error
        pending[index].nextAttemptAt = nextAttemptAt
    }

    public func markDead(id: String, reason: String, at time: Timestamp) {
        guard let index = pending.firstIndex(where: { $0.notification.id == id }) else { return }
        let entry = pending.remove(at: index)
        deadLetters.append(
            DeadLetter(notification: entry.notification, reason: reason, attempts: entry.attempts, at: time))
    }

    /// Everything not yet delivered or dead, in enqueue order.
    public var pendingEntries: [OutboxEntry] { pending }
}
