public import GovernorCore

/// Builds the metric sources a policy set declares: one for the host section, one per scrape job, one per tail.
/// The one place that maps declarations to source types, so adding a source kind touches only this and its folder.
/// (The simulator is built beside these by the daemon, from `SourceDeclarations.simulator`.)
public struct SourceFactory: Sendable {
    public let positionStore: any TailPositionStore
    public let client: SourceHTTPClient

    /// `positionStore` keeps the tails' read positions: the daemon passes the SQLite store, so a restart resumes.
    public init(positionStore: any TailPositionStore, client: SourceHTTPClient = SourceHTTPClient()) {
        self.positionStore = positionStore
        self.client = client
    }

    public func sources(for declarations: SourceDeclarations) -> [any MetricSource] {
        var sources: [any MetricSource] = []
        if let host = declarations.host { sources.append(HostSource(host)) }
        sources += declarations.scrapes.map { ScrapeSource($0, client: client) }
        sources += declarations.tails.map { TailSource($0, store: positionStore) }
        return sources
    }
}
