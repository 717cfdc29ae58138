/// Series kept in memory. A value type: build it, then hand it to the evaluator.
public struct InMemoryStorage: SeriesStorage {
    private var series: [Labels: [FloatPoint]] = [:]

    public init() {}

    public var seriesCount: Int { series.count }
    public var sampleCount: Int { series.values.reduce(0) { $0 + $1.count } }

    /// Adds one sample. A sample at a time the series already has replaces the old one.
    public mutating func append(labels: Labels, timestamp: Timestamp, value: Double) {
        var points = series[labels, default: []]
        if let last = points.last, last.timestamp >= timestamp {
            points.removeAll { $0.timestamp == timestamp }
            let index = points.firstIndex { $0.timestamp > timestamp } ?? points.count
            points.insert(FloatPoint(timestamp: timestamp, value: value), at: index)
        } else {
            points.append(FloatPoint(timestamp: timestamp, value: value))
        }
        series[labels] = points
    }

    public func select(_ matchers: [LabelMatcher], start: Timestamp, end: Timestamp) -> RangeVector {
        series.compactMap { labels, points in
            guard matchers.allSatisfy({ $0.matches(labels[$0.name] ?? "") }) else { return nil }
            let window = points.filter { $0.timestamp >= start && $0.timestamp <= end }
            return window.isEmpty ? nil : RangeSeries(labels: labels, points: window)
        }
    }
}
