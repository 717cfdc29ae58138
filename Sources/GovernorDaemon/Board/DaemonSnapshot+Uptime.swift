public import GovernorQuery

extension DaemonSnapshot {
    /// When the daemon started, on its own clock: where its clock stood at start (a resumed simulation's resumed
    /// position included), or the wall-clock start when the snapshot carries no clock.
    public var clockStart: Timestamp { clock?.start ?? startedAt }

    /// How long the daemon has run, in milliseconds of its own clock, at `time` on that clock (by default its time
    /// now). On a simulated clock this is simulated time, like every other time the daemon shows (heartbeat, runs,
    /// alerts): a run at `--speed 60` that has simulated an hour has been up an hour, not one real minute. On the
    /// wall clock the two are the same.
    public func uptime(at time: Timestamp? = nil) -> Int64 {
        max(0, (time ?? now) - clockStart)
    }
}
