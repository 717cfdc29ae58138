public import GovernorDaemon
public import GovernorSources
public import ServiceLifecycle

/// The HTTP server as one more service of `governor run`: made before the daemon starts (so its metrics registry
/// is in the daemon's configuration and a bad key stops the start at once), attached once the core is up.
public struct DaemonHTTP: Sendable {
    public let settings: HTTPSettings
    public let key: DashKeySource.Resolved
    public let metrics: MetricsEndpoint
    /// Where remote-written samples wait for the daemon's next collection.
    public let push = PushSource()

    public init(settings: HTTPSettings, keySource: DashKeySource, board: DaemonBoard) throws(HTTPSetupError) {
        self.settings = settings
        key = try keySource.resolve()
        metrics = MetricsEndpoint(board: DaemonBoardReader(board: board))
    }

    /// The configuration with the daemon's metrics going to `/metrics`, and remote write as one more source.
    public func instrument(_ configuration: DaemonConfiguration) -> DaemonConfiguration {
        var configuration = configuration
        configuration.metrics = DaemonMetrics(factory: metrics.factory)
        for name in DashboardView.trendSeries { configuration.trendRetention[name] = DashboardView.trendWindow }
        if settings.acceptRemoteWrite {
            configuration.sources.append(push)
            configuration.sourceDescriptions.append("remote write at POST /api/v1/write (collected every second)")
        }
        return configuration
    }

    public func routes(core: DaemonCore, configuration: DaemonConfiguration) -> [APIRoute] {
        let reloader = PolicyReloader(configuration: configuration)
        let context = APIContext(
            core: core, board: configuration.board, settings: settings, push: settings.acceptRemoteWrite ? push : nil,
            logsDirectory: configuration.logsDirectory,
            reload: {
                let result = await reloader.reload(core, reason: "reload asked over HTTP")
                return ReloadOutcome(adopted: result.adopted, diagnostics: result.diagnostics)
            })
        return APIRoutes.all(context, metrics: metrics)
    }

    /// The server, listening as the settings say; `onListening` hears the port it bound.
    public func service(
        core: DaemonCore, configuration: DaemonConfiguration, onListening: @escaping @Sendable (Int) async -> Void
    ) -> any Service {
        let server = APIServer(
            routes: routes(core: core, configuration: configuration), key: key.key, settings: settings,
            metrics: metrics.factory)
        return server.application(onListening: onListening)
    }
}
