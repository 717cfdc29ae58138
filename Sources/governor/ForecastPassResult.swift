import Foundation
import GovernorForecast

/// One forecast's result as `governor forecast` prints it: the seed's lines (`Risk Level: LOW`,
/// `Predicted Failures: 0`, each failure, the source), then the readings behind them.
struct ForecastPassResult {
    var run: ForecastRun
    var snapshot: ForecastSnapshot

    var text: String {
        let horizon = ForecastText.hours(snapshot.horizonHours)
        var lines = [
            "Forecast: \(run.name) at \(ReplayText.time(run.time)) (horizon \(horizon))",
            "Risk Level: \(run.forecast.risk.name)",
            "Predicted Failures: \(run.forecast.failures.count)",
        ]
        for failure in run.forecast.failures {
            let when = failure.withinHours.map { "within \(ForecastText.hours($0))" } ?? "at risk"
            lines.append(
                "  - \(failure.component) \(when) (confidence \(String(format: "%.2f", failure.confidence))): "
                    + failure.reason)
        }
        lines.append("Source: \(sourceText)")
        if !snapshot.components.isEmpty {
            lines.append("Readings:")
            for reading in snapshot.components {
                lines.append("  \(reading.component): \(ForecastText.reading(reading))")
            }
        }
        return lines.joined(separator: "\n")
    }

    private var sourceText: String {
        switch run.source {
        case .languageModel:
            let tokens = run.tokens.map { ", \($0) tokens" } ?? ""
            return "llm (\(run.model ?? "?"), \(run.latency) ms\(tokens))"
        case .statistical:
            return "statistical" + (run.fallbackReason.map { " (llm not used: \($0))" } ?? "")
        }
    }

    static func json(_ results: [ForecastPassResult]) -> String {
        struct Output: Encodable {
            var forecasts: [Entry]
        }
        struct Entry: Encodable {
            var run: PredictiveMaintenanceLine
            var readings: [ComponentReading]

            func encode(to encoder: any Encoder) throws {
                try run.encode(to: encoder)
                var container = encoder.container(keyedBy: Keys.self)
                try container.encode(readings, forKey: .readings)
            }

            enum Keys: String, CodingKey { case readings }
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        encoder.nonConformingFloatEncodingStrategy = .convertToString(
            positiveInfinity: "+Inf", negativeInfinity: "-Inf", nan: "NaN")
        let output = Output(
            forecasts: results.map { Entry(run: PredictiveMaintenanceLine($0.run), readings: $0.snapshot.components) })
        return (try? encoder.encode(output)).map { String(decoding: $0, as: UTF8.self) } ?? "{}"
    }
}
