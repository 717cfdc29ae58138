public import GovernorCore
public import GovernorQuery

/// Builds the metric sources a policy set declares: the simulator, one for the host section, one per scrape job,
/// one per tail. The one place that maps declarations to source types, so adding a source kind touches only this
/// and its folder.
public struct SourceFactory: Sendable {
    public let positionStore: any TailPositionStore
    public let client: SourceHTTPClient

    /// `positionStore` keeps the tails' read positions: the daemon passes the SQLite store, so a restart resumes.
    public init(positionStore: any TailPositionStore, client: SourceHTTPClient = SourceHTTPClient()) {
        self.positionStore = positionStore
        self.client = client
    }

    /// - Parameter simulatorStart: where a declared simulator's scenario starts (its incident begins ten minutes
    ///   later). Throws when the declared scenario does not exist.
    public func sources(for declarations: SourceDeclarations, simulatorStart: Timestamp = Simulator.defaultStart)
        throws(SimulatorError) -> [any MetricSource]
    {
        var sources: [any MetricSource] = []
        if let simulator = declarations.simulator {
            sources.append(
                Simulator(
                    scenario: try SimulatorScenario.named(simulator.scenario), seed: simulator.seed,
                    start: simulatorStart, interval: simulator.interval))
        }
        if let host = declarations.host { sources.append(HostSource(host)) }
        sources += declarations.scrapes.map { ScrapeSource($0, client: client) }
        sources += declarations.tails.map { TailSource($0, store: positionStore) }
        return sources
    }
}
