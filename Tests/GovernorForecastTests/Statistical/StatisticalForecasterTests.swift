import GovernorCore
import GovernorForecast
import GovernorQuery
import Testing

/// The statistical forecaster's arithmetic: least-squares time to a limit, error budget ÷ burn rate, the seasonal
/// baseline, and the risk table, each checked against numbers worked out by hand.
@Suite struct StatisticalForecasterTests {
    typealias F = ForecastFixtures
    let start: Int64 = 1_700_000_000_000

    @Test func aFallingLevelFailsWhenItsLineReachesTheLimit() throws {
        var storage = InMemoryStorage()
        // 100 GB free, losing 10 GB an hour: the line reaches 0 ten hours after its last point, at 3h.
        F.series("free_bytes", from: start, through: start + 3 * F.hour, value: { 100e9 - 10e9 * $0 }, into: &storage)
        let declaration = F.declaration(components: [F.trend("disk", "free_bytes", below: 0)])
        let snapshot = F.snapshot(declaration, at: start + 3 * F.hour, storage: storage)
        let reading = try #require(snapshot.components.first)
        #expect(abs(try #require(reading.slopePerHour) + 10e9) < 1)
        #expect(abs(try #require(reading.hoursToFailure) - 7) < 1e-6)
        let forecast = StatisticalForecaster(table: declaration.risk).forecast(snapshot)
        #expect(forecast.risk == .medium, "7h is beyond HIGH's 6h and within the 24h horizon")
        #expect(forecast.failures.map(\.component) == ["disk"])
    }

    @Test func withinSixHoursIsHighAndWithinOneIsCritical() {
        let table = ForecastRiskTable()
        let day = 24 * F.hour
        #expect(table.level(hoursToFailure: 0.5, burnRate: nil, horizon: day) == .critical)
        #expect(table.level(hoursToFailure: 1, burnRate: nil, horizon: day) == .critical)
        #expect(table.level(hoursToFailure: 5.9, burnRate: nil, horizon: day) == .high)
        #expect(table.level(hoursToFailure: 23, burnRate: nil, horizon: day) == .medium)
        #expect(table.level(hoursToFailure: 25, burnRate: nil, horizon: day) == .low)
        #expect(table.level(hoursToFailure: nil, burnRate: 14.4, horizon: day) == .critical)
        #expect(table.level(hoursToFailure: nil, burnRate: 6, horizon: day) == .high)
        #expect(table.level(hoursToFailure: nil, burnRate: 5.9, horizon: day) == .low)
    }

    @Test func thePolicysTableReplacesTheDefaults() {
        let table = ForecastRiskTable(
            criticalBurnRate: 20, criticalWithin: 2 * F.hour, highBurnRate: 10, highWithin: 12 * F.hour)
        #expect(table.level(hoursToFailure: nil, burnRate: 14.4, horizon: 24 * F.hour) == .high)
        #expect(table.level(hoursToFailure: 1.5, burnRate: nil, horizon: 24 * F.hour) == .critical)
        #expect(table.level(hoursToFailure: 10, burnRate: nil, horizon: 24 * F.hour) == .high)
    }

    @Test func anErrorBudgetLastsRemainingOverBurnRateWindows() throws {
        var storage = InMemoryStorage()
        F.series("budget_left", from: start, through: start + F.hour, value: { _ in 0.5 }, into: &storage)
        F.series("burn", from: start, through: start + F.hour, value: { _ in 15 }, into: &storage)
        let declaration = F.declaration(components: [F.budget("payments", remaining: "budget_left", burnRate: "burn")])
        let snapshot = F.snapshot(declaration, at: start + F.hour, storage: storage)
        let reading = try #require(snapshot.components.first)
        // Half of a 30-day budget at 15x lasts 0.5 × 720h ÷ 15 = 24h.
        #expect(abs(try #require(reading.hoursToFailure) - 24) < 1e-9)
        let forecast = StatisticalForecaster().forecast(snapshot)
        #expect(forecast.risk == .critical, "a burn rate of 15 is at least 14.4")
        #expect(forecast.failures.first?.withinHours == 24)
    }

    @Test func aFastBurnBeyondTheHorizonIsAtRiskWithoutAFailureTime() throws {
        var storage = InMemoryStorage()
        F.series("budget_left", from: start, through: start + F.hour, value: { _ in 1 }, into: &storage)
        F.series("burn", from: start, through: start + F.hour, value: { _ in 7 }, into: &storage)
        let declaration = F.declaration(components: [F.budget("api", remaining: "budget_left", burnRate: "burn")])
        let forecast = StatisticalForecaster().forecast(F.snapshot(declaration, at: start + F.hour, storage: storage))
        #expect(forecast.risk == .high)
        let failure = try #require(forecast.failures.first)
        #expect(failure.withinHours == nil, "720h ÷ 7 ≈ 103h, past the 24h horizon")
    }

    @Test func theSeasonalBaselineExpectsYesterdaysPeakAgain() throws {
        var storage = InMemoryStorage()
        // Yesterday requests peaked above 1000/s three hours after this time of day.
        F.series(
            "requests", from: start - 24 * F.hour, through: start, step: 5 * F.minute,
            value: { abs($0 - 3) < 0.5 ? 1200 : 400 }, into: &storage)
        let component = ForecastComponent(
            name: "traffic", signal: .seasonal(F.expression("requests"), limit: .above(1000), season: 24 * F.hour),
            location: F.location)
        let snapshot = F.snapshot(F.declaration(components: [component]), at: start, storage: storage)
        let hours = try #require(snapshot.components.first?.hoursToFailure)
        #expect(hours > 2 && hours <= 3, "the first step ahead whose value a day earlier was above 1000")
        #expect(StatisticalForecaster().forecast(snapshot).risk == .high)
    }

    @Test func minutesOfDataDoNotPredictTomorrow() throws {
        var storage = InMemoryStorage()
        // Five minutes of a slight fall: the line reaches 0 in about 8h, 100 times further than its data.
        F.series("free_bytes", from: start, through: start + 5 * F.minute, value: { 100 - 12 * $0 }, into: &storage)
        let declaration = F.declaration(components: [F.trend("disk", "free_bytes", below: 0)])
        let snapshot = F.snapshot(declaration, at: start + 5 * F.minute, storage: storage)
        let reading = try #require(snapshot.components.first)
        #expect(reading.hoursToFailure == nil)
        #expect(reading.note?.contains("further than 10x") == true)
        #expect(StatisticalForecaster().forecast(snapshot).risk == .low)
    }

    @Test func theTrendIsPredictLinearsOwnFit() throws {
        var storage = InMemoryStorage()
        F.series(
            "level", from: start, through: start + 2 * F.hour,
            value: { 50 + 3 * $0 + ($0 * 7).truncatingRemainder(dividingBy: 1) },
            into: &storage)
        let time = start + 2 * F.hour
        let declaration = F.declaration(components: [
            ForecastComponent(
                name: "x", signal: .trend(F.expression("level"), limit: .above(100)), location: F.location)
        ])
        let reading = try #require(F.snapshot(declaration, at: time, storage: storage).components.first)
        let promql = try QueryEngine().query("predict_linear(level[6h], 3600)", at: time, storage: storage)
        guard case .vector(let samples) = promql, let inOneHour = samples.first?.value else {
            Issue.record("predict_linear gave no sample")
            return
        }
        let value = try #require(reading.value)
        let slope = try #require(reading.slopePerHour)
        #expect(abs(value + slope - inOneHour) < 1e-9)
    }
}
