/// Every endpoint the daemon serves, in one list: the server is built from it and the tests walk it, so a route
/// cannot be added without its key check being tested.
public enum APIRoutes {
    public static func all(_ context: APIContext, metrics: MetricsEndpoint) -> [APIRoute] {
        HealthRoutes.routes(context) + TelemetryRoutes.routes(context) + ReloadRoutes.routes(context)
            + RemoteWriteRoutes.routes(context) + PrometheusAPIRoutes.routes(context)
            + AlertmanagerAPIRoutes.routes(context) + OpsActionRoutes.routes(context)
            + DashboardRoutes.routes(context) + DashboardStreamRoutes.routes(context)
            + DashboardFileRoutes.routes(context)
            + metrics.routes(needsKey: !context.settings.metricsWithoutKey)
    }
}
