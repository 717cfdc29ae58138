import GovernorForecast

/// The line `governor run` prints for a forecast run:
/// `2025-01-01T01:00:00Z  FORECAST  hourly_risk: HIGH from statistical (llm not used: …); disk within 1.2h`.
enum DaemonForecastText {
    static func line(_ run: ForecastRun) -> String {
        let failures = run.forecast.failures.map { failure in
            failure.component + (failure.withinHours.map { " within \(hours($0))" } ?? " at risk")
        }
        let fallback = run.fallbackReason.map { " (llm not used: \($0))" } ?? ""
        return "\(DaemonText.time(run.time))  \(DaemonText.pad("FORECAST"))\(run.name): \(run.forecast.risk.name) "
            + "from \(run.source.rawValue)\(fallback)"
            + (failures.isEmpty ? "" : "; " + failures.joined(separator: ", "))
    }

    private static func hours(_ hours: Double) -> String {
        hours < 1 ? "\(Int((hours * 60).rounded()))m" : "\((hours * 10).rounded() / 10)h"
    }
}
