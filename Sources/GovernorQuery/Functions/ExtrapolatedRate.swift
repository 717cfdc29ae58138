/// `rate`, `increase` and `delta`: the change over the window, extrapolated towards the window's edges
/// the way Prometheus 2.42 does it.
enum ExtrapolatedRate {
    static func rate(_ input: RangeFunctionInput) -> Double? {
        extrapolatedChange(input, isCounter: true, isRate: true)
    }

    static func increase(_ input: RangeFunctionInput) -> Double? {
        extrapolatedChange(input, isCounter: true, isRate: false)
    }

    static func delta(_ input: RangeFunctionInput) -> Double? {
        extrapolatedChange(input, isCounter: false, isRate: false)
    }

    static func extrapolatedChange(_ input: RangeFunctionInput, isCounter: Bool, isRate: Bool) -> Double? {
        let points = input.points
        // A change needs two points; with fewer the series drops out of the result.
        guard points.count >= 2, let first = points.first, let last = points.last else { return nil }

        var change = last.value - first.value
        if isCounter {
            // A drop means the counter restarted from zero, so everything before the drop was lost from `change`.
            var previous = 0.0
            for point in points {
                if point.value < previous { change += previous }
                previous = point.value
            }
        }

        var durationToStart = Double(first.timestamp - input.rangeStart) / 1000
        let durationToEnd = Double(input.rangeEnd - last.timestamp) / 1000
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
            factor /= Double(input.rangeEnd - input.rangeStart) / 1000
        }
        return change * factor
    }
}
