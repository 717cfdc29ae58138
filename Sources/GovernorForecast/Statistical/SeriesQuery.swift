import GovernorCore
import GovernorQuery

/// The PromQL the statistical forecaster asks the query engine, so its trends are `deriv` and `predict_linear`
/// themselves (the same least-squares fit, Kahan sums and all) rather than a second copy of them.
struct SeriesQuery {
    let engine: QueryEngine
    let storage: any SeriesStorage

    /// `expression` over the `window` before the evaluation time: a plain selector reads its raw samples, anything
    /// else becomes a subquery at `step`.
    static func range(_ expression: PolicyExpression, window: Int64, step: Int64) -> String {
        if case .vectorSelector = expression.expr {
            return "\(expression.text)[\(PrometheusDuration.format(window))]"
        }
        return "(\(expression.text))[\(PrometheusDuration.format(window)):\(PrometheusDuration.format(step))]"
    }

    /// The subquery step for a window: fine enough for a trend, coarse enough that a week stays cheap.
    static func step(for window: Int64) -> Int64 {
        min(max(60_000, window / 500 / 60_000 * 60_000), 600_000)
    }

    /// The instant vector `text` gives at `time`, keyed by labels without the metric name; a scalar counts as one
    /// series with no labels.
    func vector(_ text: String, at time: Timestamp) throws(QueryError) -> [Labels: Double] {
        switch try engine.query(text, at: time, storage: storage) {
        case .vector(let samples):
            var values: [Labels: Double] = [:]
            for sample in samples where sample.value.isFinite {
                values[sample.labels.withoutMetricName()] = sample.value
            }
            return values
        case .scalar(let value, _): return value.isFinite ? [Labels(): value] : [:]
        case .matrix, .string: return [:]
        }
    }

    /// Each series' least-squares line over the window: its value now, its slope per second, and how many
    /// milliseconds of data it was fitted on.
    func trends(_ expression: PolicyExpression, window: Int64, at time: Timestamp) throws(QueryError) -> [Labels: Trend]
    {
        let step = Self.step(for: window)
        let range = Self.range(expression, window: window, step: step)
        let values = try vector("predict_linear(\(range), 0)", at: time)
        let slopes = try vector("deriv(\(range))", at: time)
        let firsts = try vector(
            "min_over_time(timestamp(\(expression.text))[\(PrometheusDuration.format(window)):\(PrometheusDuration.format(step))])",
            at: time)
        var trends: [Labels: Trend] = [:]
        for (labels, value) in values {
            guard let slope = slopes[labels] else { continue }
            let span = firsts[labels].map { max(0, time - Int64($0 * 1000)) } ?? 0
            trends[labels] = Trend(value: value, slope: slope, span: span)
        }
        return trends
    }

    struct Trend {
        var value: Double
        var slope: Double
        /// From the first point fitted to the evaluation time.
        var span: Int64
    }
}

extension Labels {
    /// Labels as a plain dictionary, for JSON and prompts.
    var plainDictionary: [String: String] {
        Dictionary(pairs.map { ($0.name, $0.value) }, uniquingKeysWith: { $1 })
    }
}
