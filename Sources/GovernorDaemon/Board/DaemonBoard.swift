import Synchronization

/// Where the core posts its latest snapshot, and readers pick it up without going through the core's actor: a
/// lock held only to swap or copy one reference.
public final class DaemonBoard: Sendable {
    private let latest = Mutex<DaemonSnapshot?>(nil)
    /// Streams of every later snapshot, for readers that push (the dashboard's server-sent events).
    public let updates = BoardUpdates()

    public init() {}

    /// The snapshot after the last step; nil until the daemon has started.
    public var current: DaemonSnapshot? {
        latest.withLock { $0 }
    }

    /// Numbers each snapshot one past the one before, so readers can tell a new one from one they have seen.
    func post(_ snapshot: DaemonSnapshot) {
        let numbered = latest.withLock { latest in
            var numbered = snapshot
            numbered.sequence = (latest?.sequence ?? 0) + 1
            latest = numbered
            return numbered
        }
        updates.send(numbered)
    }
}
