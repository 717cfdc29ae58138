import Hummingbird

/// `POST /api/ops/reload`: reloads the policies as SIGHUP does, and answers with every problem when the reload
/// failed (the running policies stay in force then).
enum ReloadRoutes {
    static func routes(_ context: APIContext) -> [APIRoute] {
        [
            APIRoute(.post, "/api/ops/reload") { _, _ in
                let outcome = await context.reload()
                return try JSONResponse.encode(outcome, status: outcome.adopted ? .ok : .unprocessableContent)
            }
        ]
    }
}
