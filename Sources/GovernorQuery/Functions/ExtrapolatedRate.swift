/// `rate`, `increase` and `delta`: the change over the window, extrapolated towards the window's edges
/// the way Prometheus 2.42 does it.
enum ExtrapolatedRate {
    /// Which of the three a function computes, named as the function is (`Variant(rawValue: "rate")`).
    enum Variant: String, Sendable {
        case rate, increase, delta

        var isCounter: Bool { self != .delta }
        var isRate: Bool { self == .rate }
    }

    static func rate(_ input: RangeFunctionInput) -> Double? {
        extrapolatedChange(input, .rate)
    }

    static func increase(_ input: RangeFunctionInput) -> Double? {
        extrapolatedChange(input, .increase)
    }

    static func delta(_ input: RangeFunctionInput) -> Double? {
        extrapolatedChange(input, .delta)
    }

    static func extrapolatedChange(_ input: RangeFunctionInput, _ variant: Variant) -> Double? {
        extrapolatedChange(input.points, rangeStart: input.rangeStart, rangeEnd: input.rangeEnd, variant)
    }

    /// The change over `points`, the non-stale points of the window `[rangeStart, rangeEnd]`, oldest first. Generic
    /// so that a compiled plan can hand a window's buffer straight in (`RangeCallNode`), with `neverDrops` when it
    /// knows that no point is below the one before it.
    static func extrapolatedChange<Points: RandomAccessCollection<FloatPoint>>(
        _ points: Points, rangeStart: Timestamp, rangeEnd: Timestamp, _ variant: Variant, neverDrops: Bool = false
    ) -> Double? {
        let (isCounter, isRate) = (variant.isCounter, variant.isRate)
        // A change needs two points; with fewer the series drops out of the result.
        guard points.count >= 2, let first = points.first, let last = points.last else { return nil }

        var change = last.value - first.value
        // Without a drop the scan below adds nothing, unless the first point is below zero (it adds 0, which turns
        // a change of -0 into 0), so a window known to have none skips it.
        if isCounter && (!neverDrops || first.value < 0) {
            // A drop means the counter restarted from zero, so everything before the drop was lost from `change`.
            var previous = 0.0
            for point in points {
                if point.value < previous { change += previous }
                previous = point.value
            }
        }

        var durationToStart = Double(first.timestamp - rangeStart) / 1000
        let durationToEnd = Double(rangeEnd - last.timestamp) / 1000
        let sampledInterval = Double(last.timestamp - first.timestamp) / 1000
        let averageDurationBetweenSamples = sampledInterval / Double(points.count - 1)

        if isCounter && change > 0 && first.value >= 0 {
            // A counter cannot go below zero, so never extrapolate further back than where it would reach zero.
            let durationToZero = sampledInterval * (first.value / change)
            durationToStart = min(durationToStart, durationToZero)
        }

        // A sample is expected roughly every average interval; if the gap to an edge is larger than that
        // (plus 10% for jitter) the series probably starts or ends inside the window, so extrapolate only
        // half an interval.
        let extrapolationThreshold = averageDurationBetweenSamples * 1.1
        var extrapolateToInterval = sampledInterval
        extrapolateToInterval +=
            durationToStart < extrapolationThreshold ? durationToStart : averageDurationBetweenSamples / 2
        extrapolateToInterval +=
            durationToEnd < extrapolationThreshold ? durationToEnd : averageDurationBetweenSamples / 2

        // Prometheus 2.42 folds the division by the range into the factor before multiplying; doing it after
        // the multiplication rounds differently in the last bit.
        var factor = extrapolateToInterval / sampledInterval
        if isRate {
            factor /= Double(rangeEnd - rangeStart) / 1000
        }
        return change * factor
    }
}
