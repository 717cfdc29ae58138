import GovernorCore
import GovernorQuery
import GovernorRuntime
import GovernorSources

/// Runs a runtime through a stretch of past time, as the daemon's loop would have: at every instant something is
/// due, the due sources are collected (their samples at that instant) and then the due groups evaluated. What
/// the groups produce is kept in the store; their state changes are not announced. Used for a governance pass
/// on demand, and to rebuild what a restarted simulation's rules had written (recorded series included).
enum SourceReplay {
    /// Every instant in `[from, end)`. Only sources that can collect the past are read.
    static func run(_ runtime: inout RuleRuntime, sources: [any MetricSource], from: Timestamp, until end: Timestamp)
        async throws
    {
        let replayable = sources.filter { $0 is any BackfillableSource }
        var sourceScheduler = try TickScheduler(
            schedules: replayable.map { .interval(max(1, $0.interval)) }, startingAt: from)
        while let now = [runtime.nextTickAt, sourceScheduler.nextTickAt].compactMap({ $0 }).min(), now < end {
            for due in sourceScheduler.due(at: now) {
                runtime.ingest(await replayable[due.job].collect(at: due.time).samples)
            }
            _ = runtime.runDue(at: now)
        }
    }
}
