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

    func post(_ snapshot: DaemonSnapshot) {
        latest.withLock { $0 = snapshot }
        updates.send(snapshot)
    }
}
