import Foundation
import GovernorForecast
import GovernorQuery

/// One forecast's backtest on one history: the statistical forecaster's scores and, when a language model was
/// asked, the scores of what the forecaster answered with it (fallbacks included) and how often the model's answer
/// was used.
struct BacktestReport {
    var history: String
    var forecast: String
    var statistical: [(Timestamp, RiskLevel)] = []
    var withModel: [(Timestamp, RiskLevel)] = []
    var modelAnswers = 0
    /// Why the model's answer was not used, with how often.
    var fallbacks: [String: Int] = [:]
    var incidents = 0
    var statisticalScores: [BacktestScore] = []
    var modelScores: [BacktestScore] = []

    init(history: String, forecast: String) {
        self.history = history
        self.forecast = forecast
    }

    mutating func record(_ run: ForecastRun) {
        withModel.append((run.time, run.forecast.risk))
        if run.source == .languageModel {
            modelAnswers += 1
        } else {
            fallbacks[Self.kind(of: run.fallbackReason ?? "unknown"), default: 0] += 1
        }
    }

    mutating func score(incidents: [BacktestIncident], horizon: Int64) {
        self.incidents = incidents.count
        statisticalScores = BacktestScorer.score(
            forecasts: statistical.map { (time: $0.0, risk: $0.1) }, incidents: incidents, horizon: horizon)
        if !withModel.isEmpty {
            modelScores = BacktestScorer.score(
                forecasts: withModel.map { (time: $0.0, risk: $0.1) }, incidents: incidents, horizon: horizon)
        }
    }

    /// A reason without its particulars (which component, which number), so equal failures count together.
    static func kind(of reason: String) -> String {
        let prefix = reason.split(separator: ":", maxSplits: 2).prefix(2).joined(separator: ":")
        return String(prefix.prefix(120))
    }

    static func text(_ reports: [BacktestReport]) -> String {
        var lines: [String] = []
        for report in reports {
            lines.append(
                "\(report.history) (forecast \(report.forecast)): \(report.statistical.count) forecasts, "
                    + "\(report.incidents) incident(s)")
            lines += table(report)
            if !report.withModel.isEmpty {
                lines.append("  llm answers used: \(report.modelAnswers) of \(report.withModel.count)")
                for (reason, count) in report.fallbacks.sorted(by: { ($1.value, $0.key) < ($0.value, $1.key) }) {
                    lines.append("    \(count) x \(reason)")
                }
            }
        }
        if reports.count > 1 {
            var total = BacktestReport(history: "all", forecast: reports[0].forecast)
            total.statisticalScores = sum(reports.map(\.statisticalScores))
            total.modelScores = sum(reports.map(\.modelScores).filter { !$0.isEmpty })
            total.incidents = reports.reduce(0) { $0 + $1.incidents }
            let forecasts = reports.reduce(0) { $0 + $1.statistical.count }
            lines.append("all \(reports.count) histories: \(forecasts) forecasts, \(total.incidents) incident(s)")
            lines += table(total)
        }
        return lines.joined(separator: "\n")
    }

    private static func table(_ report: BacktestReport) -> [String] {
        var rows = ["  forecaster   level      precision        recall       lead"]
        let sides = [("statistical", report.statisticalScores), ("llm", report.modelScores)]
        for (name, scores) in sides where !scores.isEmpty {
            for score in scores {
                rows.append(
                    "  " + name.padding(toLength: 13, withPad: " ", startingAt: 0)
                        + score.level.padding(toLength: 11, withPad: " ", startingAt: 0)
                        + ratio(score.precision, score.correctAlarms, score.alarms).padding(
                            toLength: 17, withPad: " ", startingAt: 0)
                        + ratio(score.recall, score.caught, score.incidents).padding(
                            toLength: 13, withPad: " ", startingAt: 0)
                        + (score.meanLeadMinutes.map { String(format: "%.0fm", $0) } ?? "-"))
            }
        }
        return rows
    }

    private static func ratio(_ value: Double?, _ part: Int, _ whole: Int) -> String {
        value.map { String(format: "%.2f", $0) + " (\(part)/\(whole))" } ?? "- (0/0)"
    }

    private static func sum(_ lists: [[BacktestScore]]) -> [BacktestScore] {
        guard var total = lists.first else { return [] }
        for list in lists.dropFirst() {
            total = zip(total, list).map { $0.adding($1) }
        }
        return total
    }

    static func json(_ reports: [BacktestReport]) -> String {
        struct Entry: Encodable {
            var history: String
            var forecast: String
            var forecasts: Int
            var incidents: Int
            var statistical: [BacktestScore]
            var llm: [BacktestScore]?
            var llm_answers_used: Int?
            var llm_fallbacks: [String: Int]?
        }
        let entries = reports.map { report in
            Entry(
                history: report.history, forecast: report.forecast, forecasts: report.statistical.count,
                incidents: report.incidents, statistical: report.statisticalScores,
                llm: report.withModel.isEmpty ? nil : report.modelScores,
                llm_answers_used: report.withModel.isEmpty ? nil : report.modelAnswers,
                llm_fallbacks: report.withModel.isEmpty ? nil : report.fallbacks)
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        return (try? encoder.encode(["backtests": entries])).map { String(decoding: $0, as: UTF8.self) } ?? "{}"
    }
}
