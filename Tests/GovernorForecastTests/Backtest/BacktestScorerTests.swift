import GovernorForecast
import Testing

@Suite struct BacktestScorerTests {
    let minute: Int64 = 60_000

    @Test func scoresPrecisionRecallAndLeadPerLevel() throws {
        let forecasts: [(time: Int64, risk: RiskLevel)] = [
            (0, .low), (10 * minute, .medium), (20 * minute, .high), (30 * minute, .critical),
            (200 * minute, .high),
        ]
        // One incident from minute 40 to 60; the alarm at minute 200 is followed by nothing.
        let incidents = [BacktestIncident(alert: "DiskFull", start: 40 * minute, end: 60 * minute)]
        let scores = BacktestScorer.score(forecasts: forecasts, incidents: incidents, horizon: 60 * minute)
        let medium = try #require(scores.first { $0.level == "MEDIUM+" })
        #expect(medium.alarms == 4 && medium.correctAlarms == 3)
        #expect(medium.caught == 1 && medium.meanLeadMinutes == 30)
        let high = try #require(scores.first { $0.level == "HIGH+" })
        #expect(high.precision == 2.0 / 3.0 && high.recall == 1 && high.meanLeadMinutes == 20)
        let critical = try #require(scores.first { $0.level == "CRITICAL+" })
        #expect(critical.precision == 1 && critical.meanLeadMinutes == 10)
    }

    @Test func overlappingAlertsAreOneIncident() {
        let episodes = BacktestIncident.episodes([
            BacktestIncident(alert: "B", start: 20, end: 40),
            BacktestIncident(alert: "A", start: 10, end: 30),
            BacktestIncident(alert: "C", start: 50, end: nil),
        ])
        #expect(
            episodes == [
                BacktestIncident(alert: "A,B", start: 10, end: 40), BacktestIncident(alert: "C", start: 50, end: nil),
            ])
    }

    @Test func nothingHappeningMakesEveryAlarmFalse() throws {
        let scores = BacktestScorer.score(forecasts: [(0, .high)], incidents: [], horizon: 60 * minute)
        #expect(scores[1].precision == 0 && scores[1].recall == nil)
    }
}
