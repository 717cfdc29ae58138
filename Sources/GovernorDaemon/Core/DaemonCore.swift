import Foundation
import GovernorCore
import GovernorEngine
public import GovernorQuery
import GovernorReceivers
import GovernorRuntime
import GovernorSources
import GovernorStore

/// The daemon's state and one step of its loop: collect from the due sources, evaluate the due groups, persist
/// alert state, hand alerts to the notification pipeline, log. The services call into it; it never reads a clock
/// itself, so a test can drive it instant by instant.
public actor DaemonCore {
    var runtime: RuleRuntime
    var alerting: AlertingConfiguration?
    var pipeline: NotificationPipeline?
    var dispatcher: OutboxDispatcher?
    let sources: [any MetricSource]
    var sourceScheduler: TickScheduler
    let stores: DaemonStores
    let logs: DaemonLogs
    private(set) var configuration: DaemonConfiguration
    let receiverFactory: ReceiverFactory
    /// The group whose ticks are governance passes.
    var governanceGroup: String?
    /// Each source's last error, so a failure is logged once when it starts and once when it ends.
    var sourceErrors: [String: String] = [:]
    /// Each rule's last evaluation and its error, logged once per change for the same reason: by group name, then
    /// by the rule's position in its group. A reload carries them over to the rules it keeps (`carryRuleRuns`).
    var ruleRuns: [String: [RuleRun?]] = [:]
    /// Groups whose alert state could not be written yet.
    var unsavedGroups: Set<String> = []
    /// The receiver of each queued notification, by id, so its delivery can be told in the same words.
    var queued: [String: String] = [:]
    public internal(set) var counters = DaemonCounters()
    var lastRetentionSweep: Timestamp
    /// Set when a step queued a notification; the delivery service takes it.
    var deliveryRequested = true
    /// Where the snapshot after every step is posted for the HTTP API to read.
    public nonisolated let board: DaemonBoard
    /// When the daemon started (wall clock, ms).
    let startedAt: Timestamp
    /// The groups of the last snapshot, posted again by a step that ran no group (`publish(groupsChanged:)`).
    var publishedGroups: PublishedGroups?
    /// Each group's last run, by group name, for the snapshot.
    var groupRuns: [String: GroupRun] = [:]
    /// Each source's last collection, by source name.
    var sourceRuns: [String: SourceRun] = [:]
    var lastGovernance: GovernancePass?
    /// The silences made through the Alertmanager API (those of `alerts/` are in `alerting`).
    var silenceBook = SilenceBook()
    /// The forecasts, their schedule and their latest runs (`Forecast/`).
    var forecasting = DaemonForecasting()
    /// Groups paused by the `pause-group` action: their ticks pass unevaluated until they are resumed. Kept in
    /// memory only, so a restart resumes every group.
    var pausedGroups: Set<String> = []
    /// Set by `advance(to:)`: the clock time the daemon has run up to.
    public internal(set) var clockPosition: Timestamp

    init(
        runtime: RuleRuntime, alerting: AlertingConfiguration?, configuration: DaemonConfiguration,
        stores: DaemonStores, logs: DaemonLogs, receiverFactory: ReceiverFactory, start: Timestamp
    ) throws(RuntimeError) {
        self.runtime = runtime
        self.alerting = alerting
        self.configuration = configuration
        self.stores = stores
        self.logs = logs
        self.receiverFactory = receiverFactory
        sources = configuration.sources
        sourceScheduler = try TickScheduler(
            schedules: configuration.sources.map { .interval(max(1, $0.interval)) }, startingAt: start)
        governanceGroup = Self.governanceGroup(in: runtime.plans)
        lastRetentionSweep = start
        clockPosition = start - 1
        board = configuration.board
        startedAt = Timestamp(Date().timeIntervalSince1970 * 1_000)
    }

    /// The group whose ticks count as governance passes: the user's `governance` group when there is one (it runs
    /// on the governance loop's schedule), else the generated `governor-governance` group.
    static func governanceGroup(in plans: [GroupPlan]) -> String? {
        let names = plans.map(\.group.name)
        return names.first { $0 == "governance" } ?? names.first { $0 == "governor-governance" }
    }

    /// The earliest clock time at which there is something to do.
    public var nextWake: Timestamp? {
        get async {
            let flush = await pipeline?.nextFlushAt
            return [runtime.nextTickAt, sourceScheduler.nextTickAt, flush].compactMap { $0 }.min()
        }
    }

    /// Writes one line for a person watching.
    func say(_ line: String) {
        configuration.write(line)
    }

    /// After the services stopped: a simulated timeline that reached its end starts afresh next time.
    func finish() async {
        if let timeline = configuration.timeline, let stopAt = configuration.stopAt, clockPosition >= stopAt {
            await stores.forgetClock(timeline: timeline)
        }
    }

    /// Sets a simulated clock to read `time` from this moment on.
    func restartClock(at time: Timestamp) {
        configuration.clock = .simulated(from: time, speed: configuration.clock.speed)
    }
}
