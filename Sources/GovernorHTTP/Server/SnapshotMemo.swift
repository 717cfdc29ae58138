import GovernorDaemon
import Synchronization

/// Keeps the last thing worked out from a snapshot, so a burst of requests between two daemon steps pays for it
/// once: a value is reused while the snapshot's sequence number and the caller's `moment` stay the same. Two
/// requests that race on a new snapshot may both work it out; both answers are right, and the later one is kept.
final class SnapshotMemo<Value: Sendable>: Sendable {
    private struct Entry {
        var sequence: Int
        var moment: Int64
        var value: Value
    }

    private let entry = Mutex<Entry?>(nil)

    init() {}

    /// The value for this snapshot (and moment, e.g. the clock's second for answers that show an uptime).
    func value(for snapshot: DaemonSnapshot, moment: Int64 = 0, make: (DaemonSnapshot) throws -> Value) rethrows
        -> Value
    {
        if let kept = entry.withLock({ $0 }), kept.sequence == snapshot.sequence, kept.moment == moment {
            return kept.value
        }
        let value = try make(snapshot)
        entry.withLock { $0 = Entry(sequence: snapshot.sequence, moment: moment, value: value) }
        return value
    }
}
