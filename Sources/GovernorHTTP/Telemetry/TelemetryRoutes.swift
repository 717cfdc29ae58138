import Foundation
import GovernorDaemon
import GovernorQuery
import Hummingbird

/// `GET /api/ops/telemetry`: the seed's endpoint, behind the dashboard key. The answer is worked out once per
/// daemon step and second of the daemon's clock (its uptime counts seconds), however many clients ask in between.
enum TelemetryRoutes {
    static func routes(_ context: APIContext) -> [APIRoute] {
        let memo = SnapshotMemo<String>()
        return [
            APIRoute(.get, "/api/ops/telemetry") { _, _ in
                let snapshot = try await context.snapshot()
                let now = snapshot.now / 1_000 * 1_000
                let text = try memo.value(for: snapshot, moment: now) { snapshot in
                    let encoder = JSONEncoder()
                    encoder.keyEncodingStrategy = .convertToSnakeCase
                    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
                    let data = try encoder.encode(TelemetryReport(snapshot: snapshot, now: now))
                    return String(decoding: data, as: UTF8.self)
                }
                return JSONResponse.raw(text)
            }
        ]
    }
}
