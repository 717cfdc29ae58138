import Foundation
import GovernorQuery

/// Times in telemetry are RFC 3339 in UTC, to the millisecond.
enum TelemetryTime {
    static func text(_ timestamp: Timestamp) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        return formatter.string(from: Date(timeIntervalSince1970: Double(timestamp) / 1_000))
    }
}
