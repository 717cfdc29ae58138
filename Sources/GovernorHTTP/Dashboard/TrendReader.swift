public import GovernorCharts
public import GovernorQuery

/// Reads a series' history out of a store as chart points: one range query over the window, a fixed number of
/// steps so a day and an hour cost the same. A query that fails gives no points (the chart says "no data yet").
public struct TrendReader: Sendable {
    public var storage: InMemoryStorage
    public var engine: QueryEngine
    public var range: QueryRange

    /// `steps` points from `from` to `to` (at least one minute apart).
    public init(storage: InMemoryStorage, engine: QueryEngine, from: Timestamp, to: Timestamp, steps: Int64 = 60) {
        self.storage = storage
        self.engine = engine
        let step = max(60_000, (to - from) / max(1, steps - 1))
        range = QueryRange(start: to - (to - from) / step * step, end: to, step: step)
    }

    /// Each result series' points, by the value of `label` ("" when it has none).
    public func series(_ expression: String, by label: String? = nil) -> [String: [ChartPoint]] {
        guard let expr = try? Parser.parse(expression),
            let matrix = try? engine.evaluateRange(expr, over: range, storage: storage)
        else { return [:] }
        var result: [String: [ChartPoint]] = [:]
        for series in matrix {
            let key = label.flatMap { series.labels[$0] } ?? ""
            result[key, default: []] += series.points.map { ChartPoint(time: $0.timestamp, value: $0.value) }
        }
        return result
    }

    /// The points of a query that gives one series.
    public func points(_ expression: String) -> [ChartPoint] {
        series(expression).values.first ?? []
    }
}
