import Foundation
import GovernorCore
import GovernorForecast
import GovernorQuery

/// Declarations and stores the forecaster's tests build from, with time in plain milliseconds.
enum ForecastFixtures {
    static let hour: Int64 = 3_600_000
    static let minute: Int64 = 60_000
    static let location = SourceLocation(file: "test.yaml", line: 1, column: 1)

    static func expression(_ text: String) -> PolicyExpression {
        PolicyExpression(text: text, expr: try! Parser.parse(text), location: location)
    }

    static func declaration(
        components: [ForecastComponent], inputs: [String] = [], horizon: Int64 = 24 * hour, lookback: Int64 = 6 * hour,
        risk: ForecastRiskTable = ForecastRiskTable(), languageModel: LanguageModelSettings? = nil
    ) -> ForecastDeclaration {
        ForecastDeclaration(
            name: "test_risk", inputs: inputs.map(expression), horizon: horizon, schedule: .interval(hour),
            settings: [:], outputs: ["governor:forecast_risk:level"], components: components, lookback: lookback,
            risk: risk, languageModel: languageModel, location: location)
    }

    static func trend(_ name: String, _ series: String, below limit: Double) -> ForecastComponent {
        ForecastComponent(name: name, signal: .trend(expression(series), limit: .below(limit)), location: location)
    }

    static func budget(_ name: String, remaining: String, burnRate: String) -> ForecastComponent {
        ForecastComponent(
            name: name,
            signal: .errorBudget(
                remaining: expression(remaining), burnRate: expression(burnRate), window: 30 * 24 * hour),
            location: location)
    }

    /// `name{labels}` sampled every `step` from `start` through `end`, valued `value(t)` with t in hours from start.
    static func series(
        _ name: String, _ labels: [String: String] = [:], from start: Int64, through end: Int64,
        step: Int64 = minute, value: (Double) -> Double, into storage: inout InMemoryStorage
    ) {
        var all = labels
        all[Labels.metricName] = name
        for time in stride(from: start, through: end, by: Int(step)) {
            storage.append(labels: Labels(all), timestamp: time, value: value(Double(time - start) / Double(hour)))
        }
    }

    static func snapshot(_ declaration: ForecastDeclaration, at time: Int64, storage: InMemoryStorage)
        -> ForecastSnapshot
    {
        SnapshotReader().read(declaration, at: time, storage: storage, engine: QueryEngine())
    }
}
