import GovernorCore
import GovernorQuery

/// Reads one component at the forecast's time: how soon its trend, its season or its burn rate says it fails.
/// Pure: a query engine over a store, at a time given as a parameter.
struct ComponentReader {
    let query: SeriesQuery
    let lookback: Int64
    let horizon: Int64

    func read(_ component: ForecastComponent, at time: Timestamp) -> ComponentReading {
        do {
            switch component.signal {
            case .trend(let series, let limit):
                return try trend(component.name, series, limit: limit, at: time)
            case .seasonal(let series, let limit, let season):
                return try seasonal(component.name, series, limit: limit, season: season, at: time)
            case .errorBudget(let remaining, let burnRate, let window):
                return try errorBudget(
                    component.name, remaining: remaining, burnRate: burnRate, window: window, at: time)
            }
        } catch {
            return ComponentReading(component: component.name, method: method(of: component), note: "\(error)")
        }
    }

    private func method(of component: ForecastComponent) -> ComponentReading.Method {
        switch component.signal {
        case .trend: .trend
        case .seasonal: .seasonal
        case .errorBudget: .errorBudget
        }
    }

    /// The line's time to the limit; the soonest series wins, and with none projected, the one nearest its limit.
    private func trend(_ name: String, _ series: PolicyExpression, limit: ForecastComponent.Limit, at time: Timestamp)
        throws(QueryError) -> ComponentReading
    {
        let trends = try query.trends(series, window: lookback, at: time)
        guard !trends.isEmpty else {
            return ComponentReading(
                component: name, method: .trend, limit: limit.threshold, note: "fewer than two samples in the lookback")
        }
        let readings = trends.map { labels, line in
            var reading = ComponentReading(
                component: name, method: .trend, series: labels.plainDictionary, value: line.value,
                slopePerHour: line.slope * 3600, limit: limit.threshold,
                hoursToFailure: Self.hoursToLimit(value: line.value, slopePerSecond: line.slope, limit: limit))
            // A line fitted on minutes of noise says nothing about tomorrow: extend it at most
            // `maximumExtrapolation` times as far as the data it was fitted on.
            if let hours = reading.hoursToFailure, hours > 0,
                hours * 3_600_000 > Double(line.span) * Self.maximumExtrapolation
            {
                reading.hoursToFailure = nil
                reading.note =
                    "the line reaches the limit in \(StatisticalForecaster.hoursText(hours)), further than "
                    + "\(Int(Self.maximumExtrapolation))x the \(PrometheusDuration.format(line.span / 60_000 * 60_000)) "
                    + "of data it was fitted on"
            }
            return reading
        }
        return readings.min { Self.sooner($0, $1, limit: limit) }!
    }

    /// How many times its own span a trend may be extended.
    static let maximumExtrapolation = 10.0

    static func hoursToLimit(value: Double, slopePerSecond: Double, limit: ForecastComponent.Limit) -> Double? {
        if limit.isBreached(by: value) { return 0 }
        guard slopePerSecond != 0, slopePerSecond.isFinite else { return nil }
        let seconds = (limit.threshold - value) / slopePerSecond
        return seconds > 0 ? seconds / 3600 : nil
    }

    private static func sooner(_ a: ComponentReading, _ b: ComponentReading, limit: ForecastComponent.Limit) -> Bool {
        switch (a.hoursToFailure, b.hoursToFailure) {
        case (let x?, let y?): return (x, a.series.description) < (y, b.series.description)
        case (.some, nil): return true
        case (nil, .some): return false
        case (nil, nil):
            let distanceA = abs((a.value ?? .infinity) - limit.threshold)
            let distanceB = abs((b.value ?? .infinity) - limit.threshold)
            return (distanceA, a.series.description) < (distanceB, b.series.description)
        }
    }

    /// Seasonal naive: the value one season before each instant ahead is the prediction for it. Looks ahead in
    /// 48 steps over the horizon (at least 5 minutes each), as far as the season's data reaches.
    private func seasonal(
        _ name: String, _ series: PolicyExpression, limit: ForecastComponent.Limit, season: Int64, at time: Timestamp
    ) throws(QueryError) -> ComponentReading {
        let current = try query.vector(series.text, at: time)
        let worstNow = Self.worst(current.values, limit: limit)
        var reading = ComponentReading(component: name, method: .seasonal, value: worstNow, limit: limit.threshold)
        if let worstNow, limit.isBreached(by: worstNow) {
            reading.hoursToFailure = 0
            return reading
        }
        let step = max(300_000, horizon / 48)
        var ahead = step
        var sawData = false
        while ahead <= min(horizon, season) {
            let values = try query.vector(series.text, at: time + ahead - season)
            if let worst = Self.worst(values.values, limit: limit) {
                sawData = true
                if limit.isBreached(by: worst) {
                    reading.hoursToFailure = Double(ahead) / 3_600_000
                    return reading
                }
            }
            ahead += step
        }
        if !sawData { reading.note = "no samples one season (\(PrometheusDuration.format(season))) ago" }
        return reading
    }

    private static func worst(_ values: some Collection<Double>, limit: ForecastComponent.Limit) -> Double? {
        switch limit {
        case .below: values.min()
        case .above: values.max()
        }
    }

    /// Remaining budget ÷ burn rate: at burn rate 1 a full budget lasts exactly the SLO window.
    private func errorBudget(
        _ name: String, remaining: PolicyExpression, burnRate: PolicyExpression, window: Int64, at time: Timestamp
    ) throws(QueryError) -> ComponentReading {
        let left = try query.vector(remaining.text, at: time).values.min()
        let burn = try query.vector(burnRate.text, at: time).values.max()
        var reading = ComponentReading(component: name, method: .errorBudget, value: left, burnRate: burn, limit: 0)
        guard let left, let burn else {
            reading.note = left == nil ? "no value for budget_remaining" : "no value for burn_rate"
            return reading
        }
        if left <= 0 {
            reading.hoursToFailure = 0
        } else if burn > 0 {
            reading.hoursToFailure = left * Double(window) / 3_600_000 / burn
        }
        return reading
    }
}
