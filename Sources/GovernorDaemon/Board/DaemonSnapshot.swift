public import GovernorCore
public import GovernorQuery
public import GovernorRuntime

/// What the daemon looked like after its last step, as plain values: the HTTP API, the dashboard and the console
/// read this instead of the core, so a request never waits for a tick and a tick never waits for a request.
public struct DaemonSnapshot: Sendable {
    /// The clock time the daemon has run up to.
    public var time: Timestamp
    /// When the daemon started (wall clock, ms) and its process id.
    public var startedAt: Timestamp
    public var processID: Int32
    /// True once the policies loaded and the first group tick ran.
    public var ready: Bool
    /// Every series and sample held, and the engine the rules run with (its lookback). Empty in `DaemonBoard.current`
    /// while the core writes to its store: read it from `DaemonBoard.snapshot()`.
    public var storage: InMemoryStorage
    /// How many series and samples the store held when the snapshot was posted, whether or not `storage` is lent.
    public var seriesCount: Int
    public var sampleCount: Int
    public var engine: QueryEngine
    public var groups: [GroupStatus]
    public var sources: [SourceStatus]
    public var counters: DaemonCounters
    /// The last governance pass, nil before the first.
    public var governance: GovernancePass?
    /// The routing configuration in force; nil when nobody is notified.
    public var alerting: AlertingConfiguration?
    /// Notifications queued and not yet delivered.
    public var outboxDepth: Int
    /// The silences made through the Alertmanager API, by id (those of `alerts/` are in `alerting`).
    public var runtimeSilences: [String: RuntimeSilence]
    /// The clock the daemon runs on, so a reader can tell the time between two steps.
    public var clock: DaemonClock?
    /// Which post to the board this was (1 for the first): two snapshots with the same number are the same one,
    /// so a reader may keep what it worked out from it.
    public var sequence = 0

    public init(
        time: Timestamp, startedAt: Timestamp, processID: Int32, ready: Bool, storage: InMemoryStorage,
        engine: QueryEngine, groups: [GroupStatus], sources: [SourceStatus], counters: DaemonCounters,
        governance: GovernancePass?, alerting: AlertingConfiguration?, outboxDepth: Int,
        runtimeSilences: [String: RuntimeSilence] = [:], clock: DaemonClock? = nil
    ) {
        self.time = time
        self.startedAt = startedAt
        self.processID = processID
        self.ready = ready
        self.storage = storage
        seriesCount = storage.seriesCount
        sampleCount = storage.sampleCount
        self.engine = engine
        self.groups = groups
        self.sources = sources
        self.counters = counters
        self.governance = governance
        self.alerting = alerting
        self.outboxDepth = outboxDepth
        self.runtimeSilences = runtimeSilences
        self.clock = clock
    }

    /// The daemon's time now: its clock's reading, never behind the time it has run up to (a test or a
    /// simulated run may step ahead of its clock). Silences are set and shown in this time.
    public var now: Timestamp { max(clock?.now() ?? time, time) }

    /// Every alert of every rule that is pending or firing now.
    public var activeAlerts: [(group: GroupStatus, rule: RuleStatus, alert: AlertInstance)] {
        groups.flatMap { group in
            group.rules.flatMap { rule in
                rule.alerts.filter { $0.state != .inactive }.map { (group, rule, $0) }
            }
        }
    }
}

/// One rule group: its schedule, its last run and each rule's health.
public struct GroupStatus: Sendable {
    public var name: String
    /// The file that declares it.
    public var file: String
    /// Its evaluation interval (ms); a cron group's is the gap between its next two runs.
    public var interval: Int64
    public var lastRun: Timestamp?
    /// How long the last run took.
    public var lastDuration: Duration
    public var nextRun: Timestamp?
    /// Scheduled instants skipped since the daemon started.
    public var missedTicks: Int
    public var rules: [RuleStatus]
    /// Paused by the `pause-group` action: its ticks pass unevaluated.
    public var paused: Bool

    public init(
        name: String, file: String, interval: Int64, lastRun: Timestamp?, lastDuration: Duration,
        nextRun: Timestamp?, missedTicks: Int, rules: [RuleStatus], paused: Bool = false
    ) {
        self.paused = paused
        self.name = name
        self.file = file
        self.interval = interval
        self.lastRun = lastRun
        self.lastDuration = lastDuration
        self.nextRun = nextRun
        self.missedTicks = missedTicks
        self.rules = rules
    }
}

/// One rule as the last evaluation left it.
public struct RuleStatus: Sendable {
    public var definition: RuleDefinition
    /// Why its last evaluation failed; nil when it succeeded (or has not run yet).
    public var lastError: String?
    public var lastEvaluation: Timestamp?
    /// Its alerts, pending, firing and recently resolved (alerting rules only).
    public var alerts: [AlertInstance]

    public init(definition: RuleDefinition, lastError: String?, lastEvaluation: Timestamp?, alerts: [AlertInstance]) {
        self.definition = definition
        self.lastError = lastError
        self.lastEvaluation = lastEvaluation
        self.alerts = alerts
    }
}

/// One metric source: when it last collected and whether that worked.
public struct SourceStatus: Sendable {
    public var name: String
    public var interval: Int64
    public var lastCollection: Timestamp?
    public var lastDuration: Duration
    public var lastError: String?
    public var nextCollection: Timestamp?

    public init(
        name: String, interval: Int64, lastCollection: Timestamp?, lastDuration: Duration, lastError: String?,
        nextCollection: Timestamp?
    ) {
        self.name = name
        self.interval = interval
        self.lastCollection = lastCollection
        self.lastDuration = lastDuration
        self.lastError = lastError
        self.nextCollection = nextCollection
    }
}
