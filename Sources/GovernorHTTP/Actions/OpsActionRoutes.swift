import Foundation
import GovernorCore
import GovernorDaemon
import Hummingbird

/// The ops actions API: the catalog of allowlisted changing actions, a call to one of them, and the audit log every
/// call is written to. `POST /api/ops/actions/:name` answers 200 with the result when it was done, 400 for bad
/// arguments, 404 for a name outside the allowlist and 422 when it was tried and failed; every call, refused or
/// not, appends one line to `logs/audit.ndjson`.
enum OpsActionRoutes {
    /// The most audit lines one request may ask for.
    static let maximumAuditLimit = 1_000

    static func routes(_ context: APIContext) -> [APIRoute] {
        [
            APIRoute(.get, "/api/ops/actions") { _, _ in
                try JSONResponse.encode(OpsActionCatalog(actions: OpsAction.allCases))
            },
            APIRoute(.post, "/api/ops/actions/:name") { request, requestContext in
                let name = requestContext.parameters.get("name") ?? ""
                let body = try await request.body.collect(upTo: context.settings.maximumBodyBytes)
                return try await call(name, body: Data(body.readableBytesView), context: context)
            },
            APIRoute(.get, "/api/ops/audit") { request, _ in
                let limit = try auditLimit(request.uri.queryParameters.get("limit"))
                return try JSONResponse.encode(AuditPage(entries: await context.core.auditEntries(limit: limit)))
            },
        ]
    }

    private static func call(_ name: String, body: Data, context: APIContext) async throws -> Response {
        let call: OpsActionCall
        do {
            call = try OpsActionCall(body)
        } catch {
            await context.core.refuse(action: name, arguments: [:], source: "api", message: error.message)
            throw error
        }
        guard let action = OpsAction(rawValue: name) else {
            let message =
                "no action is named \(name); the actions are "
                + OpsAction.allCases.map(\.rawValue).joined(separator: ", ")
            await context.core.refuse(action: name, arguments: call.arguments, source: call.source, message: message)
            throw APIError(.notFound, "not_found", message)
        }
        let request: OpsActionRequest
        do {
            request = try OpsActionRequest(action, arguments: call.arguments)
        } catch {
            await context.core.refuse(
                action: name, arguments: call.arguments, source: call.source, message: error.message)
            throw APIError.badData(error.message)
        }
        let result = await context.core.perform(request, arguments: call.arguments, source: call.source) {
            let outcome = await context.reload()
            return (outcome.adopted, outcome.diagnostics)
        }
        switch result.outcome {
        case .done: return try JSONResponse.encode(result)
        case .refused: throw APIError.badData(result.message)
        case .failed: throw APIError(.unprocessableContent, "execution", result.message)
        }
    }

    private static func auditLimit(_ text: String?) throws(APIError) -> Int {
        guard let text else { return 100 }
        guard let limit = Int(text), limit > 0 else {
            throw APIError.badData("limit must be a positive whole number, not \(text)")
        }
        return min(limit, maximumAuditLimit)
    }
}

/// `GET /api/ops/actions`.
struct OpsActionCatalog: Encodable {
    struct Entry: Encodable {
        var name: String
        var changes: Bool
        var summary: String
        var arguments: [OpsActionArgument]
    }

    var actions: [Entry]

    init(actions: [OpsAction]) {
        self.actions = actions.map {
            Entry(name: $0.rawValue, changes: $0.changes, summary: $0.summary, arguments: $0.arguments)
        }
    }
}

/// `GET /api/ops/audit`.
struct AuditPage: Encodable {
    var entries: [AuditEntry]
}
