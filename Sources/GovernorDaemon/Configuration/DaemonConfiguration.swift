public import GovernorQuery
public import GovernorSources

/// Everything `governor run` was asked to do, as plain values: the CLI fills it in, tests build it directly.
public struct DaemonConfiguration: Sendable {
    /// Policy files or directories.
    public var policyPaths: [String]
    /// The routing configuration; nil to deliver nowhere (alerts are still evaluated and logged).
    public var alertsPath: String?
    /// The SQLite file with alert state, the outbox, the notification log and compliance history.
    public var databasePath: String
    /// Where the NDJSON logs go.
    public var logsDirectory: String
    public var sources: [any MetricSource]
    /// Describes each source for the startup banner (`simulator (payment-outage, seed 1)`).
    public var sourceDescriptions: [String]
    public var clock: DaemonClock
    /// Names a simulated timeline (scenario, seed, start) so a restart resumes it; nil on the wall clock.
    public var timeline: String?
    /// Start the timeline from its beginning even if an earlier run of it was interrupted.
    public var startFresh: Bool
    /// Stop once the clock passes this time; nil runs until signalled.
    public var stopAt: Timestamp?
    /// The least history every series keeps, beyond what the rules read (ms).
    public var minimumRetention: Int64
    /// Longer history for some series by metric name (ms): what the dashboard draws trends of keeps a day.
    public var trendRetention: [String: Int64] = [:]
    /// How often policy files are checked for changes (real milliseconds); 0 turns watching off.
    public var reloadPollInterval: Int64
    /// Rotation of the NDJSON logs.
    public var logMaximumBytes: Int
    public var logFilesKept: Int
    /// The environment receivers read secrets from.
    public var environment: [String: String]
    /// Where the person-readable lines go (standard output by default).
    public var write: @Sendable (String) -> Void
    /// Where the core posts a snapshot after every step (the HTTP API reads it).
    public var board = DaemonBoard()
    /// Where the daemon records its own metrics (`/metrics`); nowhere by default.
    public var metrics = DaemonMetrics()

    public init(
        policyPaths: [String], alertsPath: String?, databasePath: String, logsDirectory: String,
        sources: [any MetricSource], sourceDescriptions: [String], clock: DaemonClock, timeline: String? = nil,
        startFresh: Bool = false, stopAt: Timestamp? = nil,
        minimumRetention: Int64 = 15 * 60_000, reloadPollInterval: Int64 = 2_000, logMaximumBytes: Int = 16 << 20,
        logFilesKept: Int = 5, environment: [String: String], write: @escaping @Sendable (String) -> Void
    ) {
        self.policyPaths = policyPaths
        self.alertsPath = alertsPath
        self.databasePath = databasePath
        self.logsDirectory = logsDirectory
        self.sources = sources
        self.sourceDescriptions = sourceDescriptions
        self.clock = clock
        self.timeline = timeline
        self.startFresh = startFresh
        self.stopAt = stopAt
        self.minimumRetention = minimumRetention
        self.reloadPollInterval = reloadPollInterval
        self.logMaximumBytes = logMaximumBytes
        self.logFilesKept = logFilesKept
        self.environment = environment
        self.write = write
    }
}
