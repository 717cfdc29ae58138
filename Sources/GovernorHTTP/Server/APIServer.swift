public import CoreMetrics
import Foundation
import HTTPTypes
public import Hummingbird
import Logging
import Metrics
import NIOCore
import ServiceLifecycle

/// Builds the router from the route table: every route that needs the key is checked before its handler runs,
/// every answer is counted by route and status code, and every error becomes a JSON body with its status.
public struct APIServer: Sendable {
    public var routes: [APIRoute]
    public var key: DashKey
    public var settings: HTTPSettings
    public var metrics: any MetricsFactory

    public init(routes: [APIRoute], key: DashKey, settings: HTTPSettings, metrics: any MetricsFactory) {
        self.routes = routes
        self.key = key
        self.settings = settings
        self.metrics = metrics
    }

    public func router() -> Router<BasicRequestContext> {
        let router = Router(context: BasicRequestContext.self)
        for route in routes {
            router.on(RouterPath(route.path), method: route.method) { request, context in
                await respond(route, request, context)
            }
        }
        return router
    }

    /// The application, listening where the settings say; `onListening` hears the bound port (useful with port 0).
    public func application(onListening: @escaping @Sendable (Int) async -> Void = { _ in }) -> some ApplicationProtocol
    {
        var logger = Logger(label: "governor.http")
        logger.logLevel = .critical
        return Application(
            router: router(),
            server: .http1(configuration: .init(idleTimeout: .seconds(settings.idleTimeoutSeconds))),
            configuration: .init(address: .hostname(settings.host, port: settings.port), serverName: "governor"),
            onServerRunning: { channel in await onListening(channel.localAddress?.port ?? settings.port) },
            logger: logger)
    }

    private func respond(_ route: APIRoute, _ request: Request, _ context: BasicRequestContext) async -> Response {
        let clock = ContinuousClock()
        let started = clock.now
        let response: Response
        if route.needsKey && !key.admits(request.headers) {
            response = JSONResponse.error(
                APIError(
                    .unauthorized, "unauthorized",
                    "this endpoint needs the dashboard key, in the X-Dash-Key header (or Authorization: Bearer, or as the Basic password)"
                ))
        } else {
            do {
                response = try await route.handler(request, context)
            } catch let error as APIError {
                response = JSONResponse.error(error)
            } catch is NIOTooManyBytesError {
                response = JSONResponse.error(
                    APIError(
                        .contentTooLarge, "bad_data",
                        "the request body is larger than the limit of \(settings.maximumBodyBytes) bytes"))
            } catch let error as HTTPError where error.status == .contentTooLarge {
                response = JSONResponse.error(
                    APIError(
                        .contentTooLarge, "bad_data",
                        "the request body is larger than the limit of \(settings.maximumBodyBytes) bytes"))
            } catch let error as HTTPError {
                response = JSONResponse.error(APIError(error.status, "bad_data", error.body ?? "\(error.status)"))
            } catch {
                response = JSONResponse.error(APIError(.internalServerError, "internal", "\(error)"))
            }
        }
        let dimensions = [("route", route.name), ("code", String(response.status.code))]
        Counter(label: "governor_http_requests_total", dimensions: dimensions, factory: metrics).increment()
        Timer(label: "governor_http_request_duration_seconds", dimensions: [("route", route.name)], factory: metrics)
            .record(duration: clock.now - started)
        return response
    }
}
