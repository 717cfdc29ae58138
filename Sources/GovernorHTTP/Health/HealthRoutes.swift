import GovernorDaemon
import Hummingbird

/// `/healthz` answers while the process serves; `/readyz` once the policies loaded and the first tick ran. Neither
/// needs the key: load balancers and supervisors ask them.
enum HealthRoutes {
    static func routes(_ context: APIContext) -> [APIRoute] {
        [
            APIRoute(.get, "/healthz", needsKey: false) { _, _ in JSONResponse.raw("{\"status\":\"ok\"}") },
            APIRoute(.get, "/readyz", needsKey: false) { _, _ in
                guard let snapshot = context.board.current else {
                    return JSONResponse.raw(
                        "{\"status\":\"starting\",\"reason\":\"the policies are still loading\"}",
                        status: .serviceUnavailable)
                }
                guard snapshot.ready else {
                    return JSONResponse.raw(
                        "{\"status\":\"starting\",\"reason\":\"no rule group has run yet\"}",
                        status: .serviceUnavailable)
                }
                return JSONResponse.raw("{\"status\":\"ready\"}")
            },
        ]
    }
}
