import Synchronization

/// A clock a test moves by hand; `drain` sleeps by advancing it.
final class ManualClock: Sendable {
    private let milliseconds = Mutex<Int64>(0)

    var now: Int64 { milliseconds.withLock { $0 } }

    func advance(by delta: Int64) { milliseconds.withLock { $0 += delta } }
}
