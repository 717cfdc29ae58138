/// `deriv` and `predict_linear`: a least-squares line through the window's points.
enum LinearRegression {
    static func deriv(_ input: RangeFunctionInput) -> Double? {
        guard input.points.count >= 2, let first = input.points.first else { return nil }
        // Measuring time from a point near the data keeps the sums small enough to stay exact
        // (prometheus/prometheus#2674).
        return fit(input.points, interceptTime: first.timestamp).slope
    }

    /// The value the line reaches `duration` seconds after the evaluation time (not after the window's end,
    /// which differs under `@`).
    static func predictLinear(_ input: RangeFunctionInput) -> Double? {
        guard input.points.count >= 2 else { return nil }
        let duration = input.scalarArguments.first ?? .nan
        let line = fit(input.points, interceptTime: input.evaluationTime)
        return line.slope * duration + line.intercept
    }

    /// The slope per second, and the line's value at `interceptTime`.
    static func fit(
        _ points: ArraySlice<FloatPoint>, interceptTime: Timestamp
    ) -> (slope: Double, intercept: Double) {
        var count = 0.0
        var sumX = KahanSum()
        var sumY = KahanSum()
        var sumXY = KahanSum()
        var sumX2 = KahanSum()
        let initialY = points.first?.value ?? .nan
        var isConstant = true
        for point in points {
            if isConstant && point.value != initialY { isConstant = false }
            count += 1
            let x = Double(point.timestamp - interceptTime) / 1000
            sumX.add(x)
            sumY.add(point.value)
            sumXY.add(x * point.value)
            sumX2.add(x * x)
        }
        // A flat line has slope zero exactly; the general formula would give rounding noise (or NaN for Inf).
        if isConstant {
            return initialY.isInfinite ? (.nan, .nan) : (0, initialY)
        }
        let x = sumX.sum + sumX.compensation
        let y = sumY.sum + sumY.compensation
        let xy = sumXY.sum + sumXY.compensation
        let x2 = sumX2.sum + sumX2.compensation
        let covarianceXY = xy - x * y / count
        let varianceX = x2 - x * x / count
        let slope = covarianceXY / varianceX
        return (slope, y / count - slope * x / count)
    }
}
