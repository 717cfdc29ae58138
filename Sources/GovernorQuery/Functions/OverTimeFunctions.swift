/// The `*_over_time` functions: an aggregation of each series' points across the window.
/// A series without points in the window drops out of the result.
enum OverTimeFunctions {
    static func avg(_ input: RangeFunctionInput) -> Double? {
        guard !input.points.isEmpty else { return nil }
        // An incremental mean avoids overflowing where a plain sum of large values would.
        var mean = KahanSum()
        var count = 0.0
        for point in input.points {
            count += 1
            let value = point.value
            if mean.sum.isInfinite {
                // Inf - Inf would turn a correct infinite mean into NaN, so keep it unless NaN or the
                // opposite infinity arrives.
                if value.isInfinite && (mean.sum > 0) == (value > 0) { continue }
                if !value.isInfinite && !value.isNaN { continue }
            }
            mean.add(value / count - mean.sum / count)
        }
        return mean.value
    }

    static func count(_ input: RangeFunctionInput) -> Double? {
        input.points.isEmpty ? nil : Double(input.points.count)
    }

    static func last(_ input: RangeFunctionInput) -> Double? {
        input.points.last?.value
    }

    static func present(_ input: RangeFunctionInput) -> Double? {
        input.points.isEmpty ? nil : 1
    }

    static func max(_ input: RangeFunctionInput) -> Double? {
        guard var result = input.points.first?.value else { return nil }
        // NaN only wins when nothing else is there.
        for point in input.points where point.value > result || result.isNaN {
            result = point.value
        }
        return result
    }

    static func min(_ input: RangeFunctionInput) -> Double? {
        guard var result = input.points.first?.value else { return nil }
        for point in input.points where point.value < result || result.isNaN {
            result = point.value
        }
        return result
    }

    static func sum(_ input: RangeFunctionInput) -> Double? {
        guard !input.points.isEmpty else { return nil }
        var sum = KahanSum()
        for point in input.points { sum.add(point.value) }
        return sum.value
    }

    static func quantile(_ input: RangeFunctionInput) -> Double? {
        guard !input.points.isEmpty else { return nil }
        let q = input.scalarArguments.first ?? .nan
        return GovernorQuery.quantile(q, input.points.map(\.value))
    }

    static func stddev(_ input: RangeFunctionInput) -> Double? {
        populationVariance(input.points).map { $0.squareRoot() }
    }

    static func stdvar(_ input: RangeFunctionInput) -> Double? {
        populationVariance(input.points)
    }

    /// Welford's online algorithm with compensated sums, as Prometheus computes it.
    private static func populationVariance(_ points: ArraySlice<FloatPoint>) -> Double? {
        guard !points.isEmpty else { return nil }
        var count = 0.0
        var mean = KahanSum()
        var squaredDeviations = KahanSum()
        for point in points {
            count += 1
            let delta = point.value - (mean.sum + mean.compensation)
            mean.add(delta / count)
            squaredDeviations.add(delta * (point.value - (mean.sum + mean.compensation)))
        }
        return (squaredDeviations.sum + squaredDeviations.compensation) / count
    }
}
