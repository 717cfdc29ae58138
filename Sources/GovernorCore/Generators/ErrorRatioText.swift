/// The error-ratio expression of a Governor objective over one window, with its zero-traffic rule applied.
///
/// - `good`: no requests (or no error series yet, which is how counters of rare errors start) means an
///   error ratio of 0: `(errors / (total > 0)) or on() (0 * total)`.
/// - `unknown`: no requests means no sample at all: `(errors or on() (0 * total)) / (total > 0)`.
/// - `hold_last`: the 5-minute series behaves as `unknown`; every longer window falls back to the last
///   5-minute value seen within the objective's period (`last_over_time` of the generated 5m series). Reading
///   the 5m series, never the window's own output, keeps the graph free of self-cycles.
enum ErrorRatioText {
    /// The numerator and denominator, or an expression that already is the ratio.
    enum Parts {
        case fraction(errors: String, total: String)
        case raw(String)
    }

    static func parts(_ indicator: ServiceLevelIndicator, window: String) -> Parts {
        switch indicator {
        case .errorRatio(let errors, let total):
            .fraction(errors: "(\(errors.expression(window: window)))", total: "(\(total.expression(window: window)))")
        case .goodRatio(let good, let total):
            .fraction(
                errors: "((\(total.expression(window: window))) - (\(good.expression(window: window))))",
                total: "(\(total.expression(window: window)))")
        case .latency(let histogram, let selector, let threshold):
            .fraction(
                errors: LatencyIndicatorText.badEvents(
                    histogram: histogram, selector: selector, threshold: threshold, window: window),
                total: LatencyIndicatorText.totalEvents(histogram: histogram, selector: selector, window: window))
        case .rawErrorRatio(let query):
            .raw("(\(query.expression(window: window)))")
        }
    }

    /// `fallback` is the hold-last expression for windows longer than the base window, nil otherwise.
    static func expression(
        _ indicator: ServiceLevelIndicator, window: String, noTraffic: NoTrafficRule, fallback: String?
    )
        -> String
    {
        let parts = parts(indicator, window: window)
        switch (noTraffic, parts) {
        case (.good, .fraction(let errors, let total)):
            return "(\(errors) / (\(total) > 0)) or on() (0 * \(total))"
        case (.good, .raw(let ratio)):
            // A NaN ratio (0/0) fails the comparison, so no traffic falls through to 0.
            return "(\(ratio) >= 0) or on() vector(0)"
        case (.unknown, _), (.holdLast, _):
            let known: String
            switch parts {
            case .fraction(let errors, let total): known = "(\(errors) or on() (0 * \(total))) / (\(total) > 0)"
            case .raw(let ratio): known = "(\(ratio) >= 0)"
            }
            guard noTraffic == .holdLast, let fallback else { return known }
            return "(\(known)) or on() \(fallback)"
        }
    }
}
