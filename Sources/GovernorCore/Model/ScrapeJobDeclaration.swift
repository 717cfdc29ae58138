/// One entry of `scrape:` in a Sources document: a Prometheus scrape job and its targets.
public struct ScrapeJobDeclaration: Hashable, Sendable {
    public static let defaultInterval: Int64 = 10_000
    public static let defaultTimeout: Int64 = 10_000
    public static let defaultPath = "/metrics"
    public static let defaultScheme = "http"

    /// The `job` label of every series scraped, and of the job's `up`.
    public var job: String
    /// `host:port` addresses; each becomes the `instance` label of its series.
    public var targets: [String]
    /// Milliseconds between two scrapes.
    public var interval: Int64
    /// Milliseconds a scrape may take, never more than `interval` (Prometheus refuses that too).
    public var timeout: Int64
    public var path: String
    /// `http` or `https`.
    public var scheme: String
    /// Extra labels added to every series of the job, as Prometheus's `static_configs` labels are.
    public var labels: [String: String]
    public var location: SourceLocation

    public init(
        job: String, targets: [String], interval: Int64 = defaultInterval, timeout: Int64? = nil,
        path: String = defaultPath, scheme: String = defaultScheme, labels: [String: String] = [:],
        location: SourceLocation
    ) {
        self.job = job
        self.targets = targets
        self.interval = interval
        self.timeout = timeout ?? min(Self.defaultTimeout, interval)
        self.path = path
        self.scheme = scheme
        self.labels = labels
        self.location = location
    }
}
