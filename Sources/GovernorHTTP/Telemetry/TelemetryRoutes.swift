import Foundation
import GovernorQuery
import Hummingbird

/// `GET /api/ops/telemetry`: the seed's endpoint, behind the dashboard key. The answer is worked out once per
/// daemon step and wall-clock second (its uptime counts seconds), however many clients ask in between.
enum TelemetryRoutes {
    static func routes(_ context: APIContext) -> [APIRoute] {
        let memo = SnapshotMemo<String>()
        return [
            APIRoute(.get, "/api/ops/telemetry") { _, _ in
                let snapshot = try context.snapshot()
                let now = Date()
                let text = try memo.value(for: snapshot, moment: Int64(now.timeIntervalSince1970)) { snapshot in
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
