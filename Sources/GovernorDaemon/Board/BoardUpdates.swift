import Synchronization

/// Everyone waiting for the daemon's next step: each `updates()` stream gets every snapshot posted after it was
/// made (only the newest, when a reader falls behind: a dashboard wants now, not a backlog). The stream ends when
/// its reader stops iterating.
public final class BoardUpdates: Sendable {
    private struct Listeners {
        var next = 0
        var continuations: [Int: AsyncStream<DaemonSnapshot>.Continuation] = [:]
    }

    private let listeners = Mutex(Listeners())

    public init() {}

    /// A stream of the snapshots posted from now on.
    public func stream() -> AsyncStream<DaemonSnapshot> {
        let (stream, continuation) = AsyncStream<DaemonSnapshot>.makeStream(bufferingPolicy: .bufferingNewest(1))
        let id = listeners.withLock { listeners in
            let id = listeners.next
            listeners.next += 1
            listeners.continuations[id] = continuation
            return id
        }
        continuation.onTermination = { [weak self] _ in
            _ = self?.listeners.withLock { $0.continuations.removeValue(forKey: id) }
        }
        return stream
    }

    /// How many streams are open (for `/metrics` and tests).
    public var count: Int { listeners.withLock { $0.continuations.count } }

    func send(_ snapshot: DaemonSnapshot) {
        let continuations = listeners.withLock { Array($0.continuations.values) }
        for continuation in continuations { continuation.yield(snapshot) }
    }
}
