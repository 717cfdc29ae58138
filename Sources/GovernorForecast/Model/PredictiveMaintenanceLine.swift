import Foundation
public import GovernorQuery

/// One line of `logs/predictive_maintenance.ndjson`: a forecast run, whichever forecaster answered.
public struct PredictiveMaintenanceLine: Encodable, Sendable {
    struct Output: Encodable {
        var risk_level: String
        var failures: [PredictedFailure]
    }

    var time: String
    var forecast: String
    var input_digest: String
    var source: String
    var model: String?
    var latency_ms: Int64
    var tokens: Int?
    /// The forecast that was used: the model's after validation, or the statistical one.
    var output: Output
    var fallback_reason: String?

    public init(_ run: ForecastRun) {
        time = Self.rfc3339(run.time)
        forecast = run.name
        input_digest = run.inputDigest
        source = run.source.rawValue
        model = run.model
        latency_ms = run.latency
        tokens = run.tokens
        output = Output(risk_level: run.forecast.risk.name, failures: run.forecast.failures)
        fallback_reason = run.fallbackReason
    }

    /// The line as JSON, keys sorted, without a trailing newline.
    public var json: String { ForecastJSON.encode(self) }

    static func rfc3339(_ time: Timestamp) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions =
            time % 1000 == 0 ? [.withInternetDateTime] : [.withInternetDateTime, .withFractionalSeconds]
        return formatter.string(from: Date(timeIntervalSince1970: Double(time) / 1000))
    }
}
