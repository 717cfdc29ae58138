public import GovernorQuery
import Synchronization

/// Where the core posts its latest snapshot, and readers pick it up without going through the core's actor: a
/// lock held only to swap or copy one reference.
///
/// The snapshot's store shares its buffers with the core's, copy-on-write. Had the board kept that copy while the
/// core wrote its next samples, the first write would copy every series touched, which is every scraped series
/// at every scrape. So the core withdraws the board's copy for as long as it writes (`withdrawStore()`, a few
/// milliseconds at a time, never across an `await`) and hands it back when done (`returnStore(_:)`). A reader
/// that needs the store asks with `snapshot()`, which waits out such a write.
public final class DaemonBoard: Sendable {
    private struct State {
        var latest: DaemonSnapshot?
        /// True while the core writes to the store: `latest.storage` is then empty.
        var storeWithdrawn = false
        var waiting: [CheckedContinuation<Void, Never>] = []
    }

    private let state = Mutex(State())
    /// Streams of every later snapshot, for readers that push (the dashboard's server-sent events).
    public let updates = BoardUpdates()

    public init() {}

    /// The snapshot after the last step, without waiting; nil until the daemon has started. While the core writes
    /// to its store, `storage` is empty: a reader of the store asks `snapshot()` instead.
    public var current: DaemonSnapshot? {
        state.withLock { $0.latest }
    }

    /// The snapshot after the last step, with the core's store as it is now; nil until the daemon has started.
    /// Waits while the core writes to the store.
    public func snapshot() async -> DaemonSnapshot? {
        while true {
            if let snapshot = state.withLock({ $0.storeWithdrawn ? nil : Optional($0.latest) }) { return snapshot }
            await withCheckedContinuation { continuation in
                let withdrawn = state.withLock { state in
                    if state.storeWithdrawn { state.waiting.append(continuation) }
                    return state.storeWithdrawn
                }
                if !withdrawn { continuation.resume() }
            }
        }
    }

    /// Numbers each snapshot one past the one before, so readers can tell a new one from one they have seen.
    func post(_ snapshot: DaemonSnapshot) {
        let (numbered, waiting) = state.withLock { state in
            var numbered = snapshot
            numbered.sequence = (state.latest?.sequence ?? 0) + 1
            state.latest = numbered
            state.storeWithdrawn = false
            defer { state.waiting = [] }
            return (numbered, state.waiting)
        }
        for continuation in waiting { continuation.resume() }
        updates.send(numbered)
    }

    /// Lets go of the board's copy of the store, before the core writes to its own.
    func withdrawStore() {
        state.withLock { state in
            guard state.latest != nil else { return }
            state.latest?.storage = InMemoryStorage()
            state.storeWithdrawn = true
        }
    }

    /// Takes the store back after the core wrote to it, and wakes the readers waiting for it. The snapshot is
    /// otherwise the one posted last, under the same sequence number.
    func returnStore(_ storage: InMemoryStorage) {
        let waiting = state.withLock { state in
            if state.storeWithdrawn { state.latest?.storage = storage }
            state.storeWithdrawn = false
            defer { state.waiting = [] }
            return state.waiting
        }
        for continuation in waiting { continuation.resume() }
    }
}
