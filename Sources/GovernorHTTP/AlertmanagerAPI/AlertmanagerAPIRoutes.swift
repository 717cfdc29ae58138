import Foundation
import GovernorCore
import GovernorDaemon
import GovernorQuery
import HTTPTypes
import Hummingbird

/// Alertmanager's v2 API for silences and alerts (0.25's shapes, status codes and error texts), so `amtool` can list
/// and silence Governor's alerts. Silences live in the daemon's database and the pipeline honours them from its
/// next flush; times are the daemon's clock (`DaemonSnapshot.now`).
enum AlertmanagerAPIRoutes {
    static func routes(_ context: APIContext) -> [APIRoute] {
        [
            route(.get, "/api/v2/status") { _, _ in
                try JSONResponse.encode(AlertmanagerStatus(snapshot: try await context.snapshot()))
            },
            route(.get, "/api/v2/alerts") { request, _ in
                try alerts(request, snapshot: try await context.snapshot())
            },
            route(.get, "/api/v2/silences") { request, _ in
                try silences(request, snapshot: try await context.snapshot())
            },
            route(.post, "/api/v2/silences") { request, _ in
                let body = try await request.body.collect(upTo: context.settings.maximumBodyBytes)
                let proposed = try PostableSilenceReader.read(
                    Data(body.readableBytesView), at: try await context.snapshot().now)
                let id = try await change(unknownIDHasBody: true) { try await context.core.setSilence(proposed) }
                return JSONResponse.raw("{\"silenceID\":\(JSONText.quoted(id))}")
            },
            route(.get, "/api/v2/silence/:id") { _, parameters in
                let snapshot = try await context.snapshot()
                let id = try silenceID(parameters, snapshot: snapshot)
                if let entry = snapshot.runtimeSilences[id] {
                    return try JSONResponse.encode(
                        GettableSilence(entry.silence, updatedAt: entry.updatedAt, at: snapshot.now))
                }
                guard let silence = snapshot.alerting?.silences.first(where: { $0.id == id }) else {
                    throw AlertmanagerRejection.empty(.notFound)
                }
                return try JSONResponse.encode(GettableSilence(silence, updatedAt: silence.startsAt, at: snapshot.now))
            },
            route(.delete, "/api/v2/silence/:id") { _, parameters in
                let id = try silenceID(parameters, snapshot: try await context.snapshot())
                try await change(unknownIDHasBody: false) { try await context.core.expireSilence(id: id) }
                return AlertmanagerReply.empty(.ok)
            },
        ]
    }

    /// A route whose refusals are answered in Alertmanager's shapes rather than Prometheus's envelope.
    private static func route(
        _ method: HTTPRequest.Method, _ path: String,
        _ handler: @escaping @Sendable (Request, Parameters) async throws -> Response
    ) -> APIRoute {
        APIRoute(method, path) { request, context in
            do {
                return try await handler(request, context.parameters)
            } catch let rejection as AlertmanagerRejection {
                return rejection.response
            }
        }
    }

    private static func alerts(_ request: Request, snapshot: DaemonSnapshot) throws -> Response {
        let query = QueryParameters(request.uri.query)
        let filter: AlertmanagerFilter
        do {
            filter = try AlertmanagerFilter(query.all("filter"))
        } catch {
            throw AlertmanagerRejection.message(error.message, .badRequest)
        }
        var receiver: LabelMatcher?
        if let pattern = query.last("receiver") {
            do {
                receiver = try LabelMatcher(name: "receiver", type: .regexMatch, value: pattern)
            } catch {
                throw AlertmanagerRejection.message(
                    "failed to parse receiver param: invalid regular expression \(quotedLabelValue(pattern))",
                    .badRequest)
            }
        }
        let (active, silenced, inhibited) = (
            query.flag("active", default: true), query.flag("silenced", default: true),
            query.flag("inhibited", default: true)
        )
        let alerts = AlertmanagerAlerts(snapshot: snapshot, now: snapshot.now).alerts.filter { alert in
            if let receiver, !alert.receivers.contains(where: { receiver.matches($0.name) }) { return false }
            if !active && alert.status.state == "active" { return false }
            if !silenced && !alert.status.silencedBy.isEmpty { return false }
            if !inhibited && !alert.status.inhibitedBy.isEmpty { return false }
            return filter.matches(alert.labels)
        }
        return try JSONResponse.encode(alerts)
    }

    private static func silences(_ request: Request, snapshot: DaemonSnapshot) throws -> Response {
        let filter: AlertmanagerFilter
        do {
            filter = try AlertmanagerFilter(QueryParameters(request.uri.query).all("filter"))
        } catch {
            throw AlertmanagerRejection.message(error.message, .badRequest)
        }
        // The file's silences are listed too (read-only), since `alert query` names them in `silencedBy`.
        let all =
            (snapshot.alerting?.silences ?? []).map { ($0, $0.startsAt) }
            + snapshot.runtimeSilences.values.map { ($0.silence, $0.updatedAt) }
            // Ended past the retention: gone, though the daemon forgets it only at its next change or start.
            .filter { $0.0.endsAt + SilenceBook.defaultRetention > snapshot.now }
        return try JSONResponse.encode(GettableSilence.sorted(all.filter { filter.matches($0.0) }, at: snapshot.now))
    }

    /// The id in the path: a UUID, as go-openapi checks before the handler runs, or the id of a file's silence.
    private static func silenceID(_ parameters: Parameters, snapshot: DaemonSnapshot) throws -> String {
        let id = parameters.get("id") ?? ""
        guard UUID(uuidString: id) != nil || snapshot.alerting?.silences.contains(where: { $0.id == id }) == true else {
            throw AlertmanagerRejection.validation(
                code: AlertmanagerReply.invalidTypeCode,
                "silenceID in path must be of type strfmt.UUID: \(quotedLabelValue(id))")
        }
        return id
    }

    /// Runs a change through the core, answering its refusals as Alertmanager does: an unknown id is a 404 (with
    /// Alertmanager's text on POST, no body on DELETE), expiring an ended silence a 500, a store that failed a 500,
    /// the rest a 400.
    private static func change<Result>(unknownIDHasBody: Bool, _ body: () async throws -> Result) async throws
        -> Result
    {
        do {
            return try await body()
        } catch let error as SilenceBookError {
            switch error.kind {
            case .notFound where !unknownIDHasBody: throw AlertmanagerRejection.empty(.notFound)
            case .notFound: throw AlertmanagerRejection.message(error.message, .notFound)
            case .alreadyExpired: throw AlertmanagerRejection.message(error.message, .internalServerError)
            case .invalid, .definedInFile: throw AlertmanagerRejection.message(error.message, .badRequest)
            }
        } catch {
            throw AlertmanagerRejection.message("\(error)", .internalServerError)
        }
    }
}
