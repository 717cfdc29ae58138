import Foundation
public import GovernorCore

/// The forecaster that is always there: deterministic, no I/O, and the answer whenever a language model is absent,
/// slow, wrong or over budget. Each component's reading becomes a level through the risk table; the forecast's risk
/// is the highest, and every component above LOW is a predicted failure.
public struct StatisticalForecaster: Sendable {
    public var table: ForecastRiskTable

    public init(table: ForecastRiskTable = ForecastRiskTable()) {
        self.table = table
    }

    public func forecast(_ snapshot: ForecastSnapshot) -> Forecast {
        var risk = RiskLevel.low
        var failures: [PredictedFailure] = []
        for reading in snapshot.components {
            let level = table.level(
                hoursToFailure: reading.hoursToFailure, burnRate: reading.burnRate, horizon: snapshot.horizon)
            guard level > .low else { continue }
            risk = max(risk, level)
            let hours = reading.hoursToFailure.flatMap { $0 <= snapshot.horizonHours ? $0 : nil }
            failures.append(
                PredictedFailure(
                    component: reading.component, withinHours: hours.map(SnapshotReader.rounded),
                    confidence: Self.confidence(reading.method), reason: Self.reason(reading, level: level)))
        }
        return Forecast(risk: risk, failures: failures)
    }

    /// A fixed confidence per method, highest where the arithmetic is exact (a budget spent at a measured rate) and
    /// lowest where it assumes yesterday repeats.
    static func confidence(_ method: ComponentReading.Method) -> Double {
        switch method {
        case .errorBudget: 0.8
        case .trend: 0.6
        case .seasonal: 0.5
        }
    }

    static func reason(_ reading: ComponentReading, level: RiskLevel) -> String {
        let value = reading.value.map(number) ?? "?"
        let limit = reading.limit.map(number) ?? "?"
        let when = reading.hoursToFailure.map { $0 == 0 ? "already failed" : "in \(hoursText($0))" } ?? "none projected"
        switch reading.method {
        case .trend:
            let slope = reading.slopePerHour.map { number($0) + "/h" } ?? "?"
            return "trend: \(value) moving \(slope), reaches \(limit) \(when)"
        case .seasonal:
            return "seasonal: one season earlier the value reached \(limit); expected \(when)"
        case .errorBudget:
            let burn = reading.burnRate.map { number($0) + "x" } ?? "?"
            return "error budget: \(value) left, burning \(burn); exhausted \(when)"
        }
    }

    static func hoursText(_ hours: Double) -> String {
        hours < 1 ? "\(Int((hours * 60).rounded()))m" : String(format: "%.1fh", hours)
    }

    /// Four significant digits, in the %g style: 3.443e+10, 0.2883.
    static func number(_ value: Double) -> String { String(format: "%.4g", value) }
}
