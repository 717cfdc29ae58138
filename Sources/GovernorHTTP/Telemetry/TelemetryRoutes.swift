import Foundation
import GovernorQuery
import Hummingbird

/// `GET /api/ops/telemetry`: the seed's endpoint, behind the dashboard key.
enum TelemetryRoutes {
    static func routes(_ context: APIContext) -> [APIRoute] {
        [
            APIRoute(.get, "/api/ops/telemetry") { _, _ in
                let snapshot = try context.snapshot()
                let encoder = JSONEncoder()
                encoder.keyEncodingStrategy = .convertToSnakeCase
                encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
                let data = try encoder.encode(TelemetryReport(snapshot: snapshot))
                return JSONResponse.raw(String(decoding: data, as: UTF8.self))
            }
        ]
    }
}
