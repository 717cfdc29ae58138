/// `irate` and `idelta`: the change between the last two points of the window, without extrapolation.
enum InstantRate {
    static func irate(_ input: RangeFunctionInput) -> Double? {
        lastTwoPointsChange(input.points, isRate: true)
    }

    static func idelta(_ input: RangeFunctionInput) -> Double? {
        lastTwoPointsChange(input.points, isRate: false)
    }

    private static func lastTwoPointsChange(_ points: ArraySlice<FloatPoint>, isRate: Bool) -> Double? {
        guard points.count >= 2 else { return nil }
        let last = points[points.endIndex - 1]
        let previous = points[points.endIndex - 2]

        // For a counter, a drop means a restart from zero, so the whole last value is the increase.
        var result = isRate && last.value < previous.value ? last.value : last.value - previous.value

        let sampledInterval = last.timestamp - previous.timestamp
        guard sampledInterval != 0 else { return nil }
        if isRate {
            result /= Double(sampledInterval) / 1000
        }
        return result
    }
}
