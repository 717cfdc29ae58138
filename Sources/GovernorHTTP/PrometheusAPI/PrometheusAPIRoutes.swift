import Foundation
import GovernorDaemon
import GovernorQuery
import Hummingbird

/// The Prometheus HTTP API (2.42's `/api/v1`), enough for Grafana's Prometheus data source and `promtool query range`:
/// queries, series and label lookups, rules, alerts and build information, every one behind the dashboard key.
/// Endpoints that Prometheus answers on POST too (with a form body) are served on both methods.
enum PrometheusAPIRoutes {
    static func routes(_ context: APIContext) -> [APIRoute] {
        let queries = PrometheusQueryHandler(context: context)
        let series = PrometheusSeriesHandler(context: context)
        let limit = context.settings.maximumBodyBytes
        @Sendable func form(_ request: Request) async throws -> PrometheusForm {
            try await PrometheusForm.read(request, maximumBodyBytes: limit)
        }
        let formRoutes: [(String, @Sendable (PrometheusForm) async throws -> Response)] = [
            ("/api/v1/query", { try await queries.instant($0) }),
            ("/api/v1/query_range", { try await queries.range($0) }),
            ("/api/v1/series", { try await series.series($0) }),
            ("/api/v1/labels", { try await series.labelNames($0) }),
        ]
        var routes = formRoutes.flatMap { path, answer in
            [HTTPRequest.Method.get, .post].map { method in
                APIRoute(method, path) { request, _ in try await answer(try await form(request)) }
            }
        }
        routes += [
            APIRoute(.get, "/api/v1/label/:name/values") { request, requestContext in
                let name = requestContext.parameters.get("name") ?? ""
                return try await series.labelValues(name.removingPercentEncoding ?? name, try await form(request))
            },
            APIRoute(.get, "/api/v1/rules") { request, _ in
                // Prometheus reads `type` from the URL only.
                let type = PrometheusForm(query: request.uri.query, body: nil, contentType: nil).value("type")
                    .lowercased()
                guard type.isEmpty || PrometheusRulesJSON.RuleType(rawValue: type) != nil else {
                    throw PrometheusParameter.invalid(
                        "type", .badData("not supported value \(quotedLabelValue(type))"))
                }
                let snapshot = try await context.snapshot()
                return PrometheusEnvelope.success(
                    PrometheusRulesJSON.rules(snapshot, only: PrometheusRulesJSON.RuleType(rawValue: type)))
            },
            APIRoute(.get, "/api/v1/alerts") { _, _ in
                PrometheusEnvelope.success(PrometheusRulesJSON.alerts(try await context.snapshot()))
            },
            APIRoute(.get, "/api/v1/status/buildinfo") { _, _ in
                PrometheusEnvelope.success(PrometheusBuildInfo.json)
            },
        ]
        return routes
    }
}
