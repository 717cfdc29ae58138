import GovernorQuery

/// PromQL for a latency indicator read from a classic histogram.
///
/// A request is good when it lands in the bucket whose upper bound (`le`) is the threshold, so the threshold
/// must be one of the histogram's bucket boundaries, spelled as the exporter spells it (Go's shortest form:
/// `0.5`, `1`, `2.5`). Total traffic is the `+Inf` bucket, which counts every request.
enum LatencyIndicatorText {
    static func goodEvents(histogram: String, selector: String, threshold: Double, window: String) -> String {
        bucketRate(histogram: histogram, selector: selector, bound: GoFloatFormat.general(threshold), window: window)
    }

    static func totalEvents(histogram: String, selector: String, window: String) -> String {
        bucketRate(histogram: histogram, selector: selector, bound: "+Inf", window: window)
    }

    static func badEvents(histogram: String, selector: String, threshold: Double, window: String) -> String {
        let total = totalEvents(histogram: histogram, selector: selector, window: window)
        let good = goodEvents(histogram: histogram, selector: selector, threshold: threshold, window: window)
        return "(\(total) - \(good))"
    }

    /// `1 - good / total`, the share of requests slower than the threshold.
    static func errorRatio(histogram: String, selector: String, threshold: Double, window: String) -> String {
        let total = totalEvents(histogram: histogram, selector: selector, window: window)
        let good = goodEvents(histogram: histogram, selector: selector, threshold: threshold, window: window)
        return "1 - (\n\(good)\n/\n\(total)\n)\n"
    }

    private static func bucketRate(histogram: String, selector: String, bound: String, window: String) -> String {
        var matchers = selector.trimmingWhitespace
        if matchers.hasPrefix("{") && matchers.hasSuffix("}") {
            matchers = String(matchers.dropFirst().dropLast()).trimmingWhitespace
        }
        while matchers.hasSuffix(",") { matchers = String(matchers.dropLast()).trimmingWhitespace }
        let le = "le=\"\(bound)\""
        let all = matchers.isEmpty ? le : "\(matchers),\(le)"
        return "sum(rate(\(histogram){\(all)}[\(window)]))"
    }
}

extension String {
    fileprivate var trimmingWhitespace: String {
        String(drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed())
    }
}
