/// `holt_winters(v range-vector, sf scalar, tf scalar)`: double exponential smoothing of each series,
/// returning the last smoothed value.
///
/// It is an instant function rather than a range one only because the factor check must be able to fail
/// the query, and only when some series has a point in the window (Prometheus checks per series).
enum HoltWinters {
    static func evaluate(_ input: InstantFunctionInput) throws(EvaluationError) -> Value {
        let smoothingFactor = input.scalar(at: 1)
        let trendFactor = input.scalar(at: 2)
        var result: InstantVector = []
        for series in input.matrix(at: 0) where !series.points.isEmpty {
            guard smoothingFactor > 0 && smoothingFactor < 1 else {
                throw EvaluationError(
                    "invalid smoothing factor. Expected: 0 < sf < 1, got: \(goFixedPoint(smoothingFactor))")
            }
            guard trendFactor > 0 && trendFactor < 1 else {
                throw EvaluationError(
                    "invalid trend factor. Expected: 0 < tf < 1, got: \(goFixedPoint(trendFactor))")
            }
            guard let smoothed = smooth(series.points, smoothingFactor, trendFactor) else { continue }
            result.append(
                VectorSample(
                    labels: series.labels.withoutMetricName(), timestamp: input.evaluationTime, value: smoothed))
        }
        return .vector(try result.rejectingDuplicateLabelSets())
    }

    /// The last smoothed value, or nil with fewer than two points (no trend to start from).
    static func smooth(_ points: [FloatPoint], _ smoothingFactor: Double, _ trendFactor: Double) -> Double? {
        guard points.count >= 2 else { return nil }
        var previousSmoothed = 0.0
        var smoothed = points[0].value
        var trend = points[1].value - points[0].value
        for index in 1..<points.count {
            // The first step keeps the initial trend; later ones blend it with the latest change.
            if index > 1 {
                trend = trendFactor * (smoothed - previousSmoothed) + (1 - trendFactor) * trend
            }
            let next = smoothingFactor * points[index].value + (1 - smoothingFactor) * (smoothed + trend)
            previousSmoothed = smoothed
            smoothed = next
        }
        return smoothed
    }
}
