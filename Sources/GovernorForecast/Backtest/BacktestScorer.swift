public import GovernorQuery

/// Scores forecasts against what happened, per risk level: an alarm (a forecast at the level or above) is correct
/// when an incident is under way at some moment within the horizon after it; an incident is caught when an alarm
/// came within the horizon before it started, and the lead time is from the earliest such alarm. Pure arithmetic.
public enum BacktestScorer {
    public static func score(
        forecasts: [(time: Timestamp, risk: RiskLevel)], incidents: [BacktestIncident], horizon: Int64
    ) -> [BacktestScore] {
        [RiskLevel.medium, .high, .critical].map { level in
            let alarms = forecasts.filter { $0.risk >= level }.map(\.time)
            let correct = alarms.filter { time in
                incidents.contains { $0.overlaps(after: time, through: time + horizon) }
            }
            var leads: [Double] = []
            for incident in incidents {
                guard let first = alarms.filter({ $0 < incident.start && incident.start - $0 <= horizon }).min() else {
                    continue
                }
                leads.append(Double(incident.start - first) / 60_000)
            }
            return BacktestScore(
                level: level.name + "+", forecasts: forecasts.count, alarms: alarms.count,
                correctAlarms: correct.count, incidents: incidents.count, caught: leads.count,
                meanLeadMinutes: leads.isEmpty ? nil : leads.reduce(0, +) / Double(leads.count))
        }
    }
}
