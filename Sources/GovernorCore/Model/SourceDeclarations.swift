/// Where the daemon's samples come from, as `kind: Sources` documents declare them. Plain values: the sources
/// themselves are built from these by `SourceFactory` in GovernorSources.
public struct SourceDeclarations: Hashable, Sendable {
    /// `/proc` and `statfs` host metrics; nil when the host section is absent.
    public var host: HostSourceDeclaration?
    /// Prometheus exposition endpoints, one entry per job.
    public var scrapes: [ScrapeJobDeclaration]
    /// NDJSON files whose lines become samples.
    public var tails: [TailDeclaration]
    /// The deterministic simulator of the seven components; nil when absent.
    public var simulator: SimulatorDeclaration?

    public init(
        host: HostSourceDeclaration? = nil, scrapes: [ScrapeJobDeclaration] = [], tails: [TailDeclaration] = [],
        simulator: SimulatorDeclaration? = nil
    ) {
        self.host = host
        self.scrapes = scrapes
        self.tails = tails
        self.simulator = simulator
    }

    public var isEmpty: Bool { host == nil && scrapes.isEmpty && tails.isEmpty && simulator == nil }
}
