import GovernorQuery

/// Times and durations in Prometheus API parameters, read as Prometheus 2.42 reads them (`parseTime`,
/// `parseDuration` in web/api/v1/api.go), down to what Go does with values out of range, so that a client gets
/// the same answer from Governor as from Prometheus.
enum PrometheusParameter {
    /// Prometheus's `minTime` and `maxTime` in milliseconds: the defaults of `start` and `end` for series and
    /// labels, and the two out-of-range times it also accepts written out.
    static let minimumTime: Timestamp = -9_223_309_901_257_974_000
    static let maximumTime: Timestamp = 9_223_309_901_257_974_999
    private static let minimumTimeText = "-292273086-05-16T16:47:06Z"
    private static let maximumTimeText = "292277026-12-04T15:30:07.999999999Z"

    /// Unix seconds (`1435781451.781`, rounded to the millisecond) or RFC 3339 (`2015-07-01T20:10:51.781Z`).
    static func time(_ text: String) throws(APIError) -> Timestamp {
        if let seconds = Double(text), !text.hasPrefix(" ") {
            return unixMilliseconds(seconds)
        }
        if let milliseconds = RFC3339Time.milliseconds(text) { return milliseconds }
        switch text {
        case minimumTimeText: return minimumTime
        case maximumTimeText: return maximumTime
        default: throw APIError.badData("cannot parse \(quotedLabelValue(text)) to a valid timestamp")
        }
    }

    /// Float seconds (`15`, `0.5`) or a Prometheus duration (`1m30s`), in nanoseconds as Go's `time.Duration`.
    static func durationNanoseconds(_ text: String) throws(APIError) -> Int64 {
        if let seconds = Double(text), !text.hasPrefix(" ") {
            let nanoseconds = seconds * 1e9
            if nanoseconds > Double(Int64.max) || nanoseconds < Double(Int64.min) {
                throw APIError.badData("cannot parse \(quotedLabelValue(text)) to a valid duration. It overflows int64")
            }
            return goInt64(nanoseconds)
        }
        if let milliseconds = PrometheusDuration.parse(text) { return milliseconds * 1_000_000 }
        throw APIError.badData("cannot parse \(quotedLabelValue(text)) to a valid duration")
    }

    /// `invalid parameter "name": reason`, as Prometheus's `invalidParamError` words it.
    static func invalid(_ name: String, _ error: APIError) -> APIError {
        APIError.badData("invalid parameter \(quotedLabelValue(name)): \(error.message)")
    }

    /// A time parameter that has a default (`time`, series' and labels' `start` and `end`); a bad one is
    /// reported with Prometheus's `parseTimeParam` wording.
    static func time(_ form: PrometheusForm, _ name: String, default defaultTime: Timestamp) throws(APIError)
        -> Timestamp
    {
        let text = form.value(name)
        guard !text.isEmpty else { return defaultTime }
        do {
            return try time(text)
        } catch {
            throw invalid(name, APIError.badData("Invalid time value for '\(name)': \(error.message)"))
        }
    }

    /// `time.Unix(int64(whole), int64(round(fraction*1000)/1000 * 1e9))` then `timestamp.FromTime`, with Go's
    /// wrapping arithmetic, so even NaN and huge values land where Prometheus puts them.
    private static func unixMilliseconds(_ seconds: Double) -> Timestamp {
        let whole = seconds.rounded(.towardZero)
        let fraction = ((seconds - whole) * 1000).rounded(.toNearestOrAwayFromZero) / 1000
        var unixSeconds = goInt64(whole)
        var nanoseconds = goInt64(fraction * 1e9)
        if nanoseconds < 0 || nanoseconds >= 1_000_000_000 {
            let carry = nanoseconds / 1_000_000_000
            unixSeconds = unixSeconds &+ carry
            nanoseconds -= carry &* 1_000_000_000
            if nanoseconds < 0 {
                nanoseconds += 1_000_000_000
                unixSeconds = unixSeconds &- 1
            }
        }
        return unixSeconds &* 1000 &+ nanoseconds / 1_000_000
    }

    /// Go's float-to-int64 conversion on amd64: out of range (and NaN) gives the minimum.
    private static func goInt64(_ value: Double) -> Int64 {
        guard value.isFinite, value >= -9.223_372_036_854_775_808e18, value < 9.223_372_036_854_775_808e18 else {
            return Int64.min
        }
        return Int64(value)
    }
}
