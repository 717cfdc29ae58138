/// Where data lands in a chart: the plot area inside the margins, and the linear maps from time to x and from
/// value to y (larger values higher up, as readers expect). Tests use the same maps to check every point.
public struct ChartFrame: Sendable, Hashable {
    public var width: Double
    public var height: Double
    /// Margins around the plot area: room for axis labels.
    public var left: Double
    public var right: Double
    public var top: Double
    public var bottom: Double
    public var times: ClosedRange<Int64>
    public var values: ClosedRange<Double>

    public init(
        width: Double, height: Double, left: Double = 0, right: Double = 0, top: Double = 0, bottom: Double = 0,
        times: ClosedRange<Int64>, values: ClosedRange<Double>
    ) {
        self.width = width
        self.height = height
        self.left = left
        self.right = right
        self.top = top
        self.bottom = bottom
        self.times = times
        self.values = values
    }

    public var plotWidth: Double { max(1, width - left - right) }
    public var plotHeight: Double { max(1, height - top - bottom) }

    public func x(_ time: Int64) -> Double {
        let span = Double(times.upperBound - times.lowerBound)
        guard span > 0 else { return left + plotWidth / 2 }
        return left + Double(time - times.lowerBound) / span * plotWidth
    }

    public func y(_ value: Double) -> Double {
        let span = values.upperBound - values.lowerBound
        guard span > 0 else { return top + plotHeight / 2 }
        let clamped = min(max(value, values.lowerBound), values.upperBound)
        return top + (values.upperBound - clamped) / span * plotHeight
    }

    /// The value range of some points, widened a little when flat so a constant series draws mid-height.
    public static func valueRange(_ points: [ChartPoint], including extra: [Double] = []) -> ClosedRange<Double> {
        let finite = points.map(\.value).filter(\.isFinite) + extra.filter(\.isFinite)
        guard let low = finite.min(), let high = finite.max() else { return 0...1 }
        if low == high { return (low - 1)...(high + 1) }
        return low...high
    }

    /// The time range of some points; a single instant becomes a one-second range.
    public static func timeRange(_ points: [ChartPoint]) -> ClosedRange<Int64> {
        guard let first = points.map(\.time).min(), let last = points.map(\.time).max() else { return 0...1 }
        return first == last ? first...(first + 1_000) : first...last
    }
}
