import Foundation
public import GovernorQuery

/// Where the daemon's time comes from: the wall clock, or a simulated clock that starts at a chosen instant and
/// runs `speed` times faster than real time (for demos, tests and backtests).
public struct DaemonClock: Sendable {
    /// Clock time at the moment the clock was made.
    public let start: Timestamp
    /// Clock milliseconds per real millisecond; 1 for the wall clock.
    public let speed: Double
    public let isSimulated: Bool
    private let origin: ContinuousClock.Instant

    public static func wall() -> DaemonClock {
        DaemonClock(start: Self.wallNow(), speed: 1, isSimulated: false)
    }

    public static func simulated(from start: Timestamp, speed: Double) -> DaemonClock {
        DaemonClock(start: start, speed: speed, isSimulated: true)
    }

    private init(start: Timestamp, speed: Double, isSimulated: Bool) {
        self.start = start
        self.speed = speed
        self.isSimulated = isSimulated
        origin = ContinuousClock.now
    }

    public func now() -> Timestamp {
        guard isSimulated else { return Self.wallNow() }
        let elapsed = ContinuousClock.now - origin
        let milliseconds = Double(elapsed.components.seconds) * 1_000 + Double(elapsed.components.attoseconds) / 1e15
        return start + Int64(milliseconds * speed)
    }

    /// Sleeps until the clock reads `time` (at once when it already does). Throws when the task is cancelled.
    public func sleep(until time: Timestamp) async throws {
        let remaining = Double(time - now()) / speed
        guard remaining > 0 else { return }
        try await Task.sleep(for: .milliseconds(Int64(remaining.rounded(.up))))
    }

    private static func wallNow() -> Timestamp {
        Timestamp((Date().timeIntervalSince1970 * 1_000).rounded(.down))
    }
}
