import Dispatch
import Foundation
import Synchronization

/// Calls that outlived their deadline and have not returned yet, by key (a mount point). While a key is here,
/// callers skip it, so a call stuck for ever parks one thread, not one more at every collection.
final class OverdueCalls: Sendable {
    private let keys = Mutex<Set<String>>([])

    func contains(_ key: String) -> Bool { keys.withLock { $0.contains(key) } }

    fileprivate func insert(_ key: String) { _ = keys.withLock { $0.insert(key) } }

    fileprivate func remove(_ key: String) { _ = keys.withLock { $0.remove(key) } }
}

/// Runs a call that may block in the kernel for ever (`statvfs` of a mount whose NFS server is gone) on a thread of
/// its own, and stops waiting for it after `milliseconds`: a stuck call then costs one parked thread, never a
/// stuck tick. Returns nil when the deadline passed first; `key` is then in `overdue` until the call returns.
func blockingCall<Output: Sendable>(
    deadline milliseconds: Int64, key: String, overdue: OverdueCalls, _ work: @escaping @Sendable () -> Output
) async -> Output? {
    // One lock decides who came first, and the overdue bookkeeping happens under it, so a call that returns
    // just after its deadline can never leave its key behind.
    let race = CallRace()
    return await withCheckedContinuation { continuation in
        Thread.detachNewThread {
            let result = work()
            race.state.withLock { state in
                if state == .running {
                    continuation.resume(returning: result)
                } else {
                    overdue.remove(key)
                }
                state = .returned
            }
        }
        // A Dispatch timer, not a Task: the deadline must fire even when every cooperative thread is busy.
        DispatchQueue.global().asyncAfter(deadline: .now() + .milliseconds(Int(milliseconds))) {
            race.state.withLock { state in
                guard state == .running else { return }
                state = .overdue
                overdue.insert(key)
                continuation.resume(returning: nil)
            }
        }
    }
}

private final class CallRace: Sendable {
    let state = Mutex(CallState.running)
}

private enum CallState: Sendable {
    case running
    case overdue
    case returned
}
