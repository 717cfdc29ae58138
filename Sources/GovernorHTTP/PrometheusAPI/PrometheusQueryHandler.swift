import GovernorDaemon
import GovernorQuery
import Hummingbird

/// `/api/v1/query` and `/api/v1/query_range`, with Prometheus 2.42's parameters, checks (in its order, so the
/// first problem reported is the same) and errors. Queries run against the latest snapshot's series, so a query
/// never waits for a tick; an instant query without `time` is evaluated at the daemon's clock.
struct PrometheusQueryHandler {
    let context: APIContext
    /// What a `timeout` is measured with: monotonic, so a wall-clock jump cannot cut a query short.
    var clock = ContinuousClock()

    /// The most points a range query may ask for per series, and Prometheus's words when it asks for more.
    static let maximumPoints: Int64 = 11_000
    static let tooManyPoints =
        "exceeded maximum resolution of 11,000 points per timeseries. Try decreasing the query resolution (?step=XX)"

    func instant(_ form: PrometheusForm) async throws(APIError) -> Response {
        let snapshot = try await context.snapshot()
        let time = try PrometheusParameter.time(form, "time", default: snapshot.time)
        let deadline = try self.deadline(form)
        let expr: Expr
        do {
            expr = try Parser.parse(form.value("query"))
        } catch {
            throw PrometheusParameter.invalid("query", APIError.badData(Self.text(error)))
        }
        try check(deadline, stage: "query queue")
        let value: Value
        do {
            value = try snapshot.engine.evaluate(expr, at: time, storage: LabelSortedStorage(base: snapshot.storage))
        } catch {
            throw PrometheusEnvelope.execution(error.message)
        }
        try check(deadline, stage: "expression evaluation")
        return PrometheusEnvelope.success(QueryResultJSON.data(value))
    }

    func range(_ form: PrometheusForm) async throws(APIError) -> Response {
        let start: Timestamp
        let end: Timestamp
        let step: Int64
        do { start = try PrometheusParameter.time(form.value("start")) } catch {
            throw PrometheusParameter.invalid("start", error)
        }
        do { end = try PrometheusParameter.time(form.value("end")) } catch {
            throw PrometheusParameter.invalid("end", error)
        }
        guard end >= start else {
            throw PrometheusParameter.invalid("end", .badData("end timestamp must not be before start time"))
        }
        do { step = try PrometheusParameter.durationNanoseconds(form.value("step")) } catch {
            throw PrometheusParameter.invalid("step", error)
        }
        guard step > 0 else {
            throw PrometheusParameter.invalid(
                "step",
                .badData("zero or negative query resolution step widths are not accepted. Try a positive integer"))
        }
        // Go divides the two durations in nanoseconds, and `Time.Sub` saturates at the longest duration.
        let (milliseconds, spanOverflow) = end.subtractingReportingOverflow(start)
        let (nanoseconds, overflow) = milliseconds.multipliedReportingOverflow(by: 1_000_000)
        let span = spanOverflow || overflow ? Int64.max : nanoseconds
        guard span / step <= Self.maximumPoints else { throw APIError.badData(Self.tooManyPoints) }
        let deadline = try self.deadline(form)
        let snapshot = try await context.snapshot()
        let expr: Expr
        do {
            expr = try Parser.parse(form.value("query"))
        } catch {
            throw APIError.badData(Self.text(error))
        }
        guard expr.type == .scalar || expr.type == .instantVector else {
            throw APIError.badData(
                "invalid expression type \(quotedLabelValue(expr.type.description)) for range query, must be Scalar or instant Vector"
            )
        }
        try check(deadline, stage: "query queue")
        var timedOut = false
        let result: RangeVector
        do {
            result = try snapshot.engine.evaluateRange(
                expr, over: QueryRange(start: start, end: end, step: step / 1_000_000),
                storage: LabelSortedStorage(base: snapshot.storage)
            ) { _ throws(EvaluationError) in
                if let deadline, clock.now > deadline {
                    timedOut = true
                    throw EvaluationError("query timed out in expression evaluation")
                }
            }
        } catch {
            throw timedOut
                ? PrometheusEnvelope.timeout(in: "expression evaluation") : PrometheusEnvelope.execution(error.message)
        }
        return PrometheusEnvelope.success(QueryResultJSON.data(.matrix(result)))
    }

    /// Prometheus's text for a parse error: `1:5: parse error: unexpected end of input`.
    static func text(_ error: ParseError) -> String {
        "\(error.position): parse error: \(error.message)"
    }

    private func deadline(_ form: PrometheusForm) throws(APIError) -> ContinuousClock.Instant? {
        let text = form.value("timeout")
        guard !text.isEmpty else { return nil }
        do {
            let nanoseconds = try PrometheusParameter.durationNanoseconds(text)
            return clock.now.advanced(by: .nanoseconds(nanoseconds))
        } catch {
            throw PrometheusParameter.invalid("timeout", error)
        }
    }

    private func check(_ deadline: ContinuousClock.Instant?, stage: String) throws(APIError) {
        if let deadline, clock.now >= deadline { throw PrometheusEnvelope.timeout(in: stage) }
    }
}
