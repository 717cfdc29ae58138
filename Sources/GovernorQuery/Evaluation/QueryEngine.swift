/// Either half of what can go wrong with a query.
public enum QueryError: Error, Sendable, CustomStringConvertible {
    case parse(ParseError)
    case evaluation(EvaluationError)

    public var description: String {
        switch self {
        case .parse(let error): error.description
        case .evaluation(let error): "error: \(error.message)"
        }
    }
}

/// Settings that Prometheus's engine takes from its command line.
public struct QueryEngine: Sendable {
    /// How far back an instant selector looks for a sample (Prometheus's `--query.lookback-delta`).
    public var lookbackDelta: Int64
    /// The step of a subquery written without one, `x[5m:]`.
    public var defaultSubqueryStep: Int64
    /// The most steps one subquery may evaluate, so `x[1y:1ms]` is an error rather than a hang.
    public var maximumSubquerySteps: Int64

    public init(
        lookbackDelta: Int64 = 5 * 60_000, defaultSubqueryStep: Int64 = 60_000, maximumSubquerySteps: Int64 = 1_000_000
    ) {
        self.lookbackDelta = lookbackDelta
        self.defaultSubqueryStep = defaultSubqueryStep
        self.maximumSubquerySteps = maximumSubquerySteps
    }

    /// Parses and evaluates `text` at one time.
    public func query(_ text: String, at time: Timestamp, storage: any SeriesStorage) throws(QueryError) -> Value {
        let expr: Expr
        do { expr = try Parser.parse(text) } catch { throw .parse(error) }
        do { return try evaluate(expr, at: time, storage: storage) } catch { throw .evaluation(error) }
    }

    /// Evaluates a parsed expression at one time.
    public func evaluate(_ expr: Expr, at time: Timestamp, storage: any SeriesStorage) throws(EvaluationError) -> Value
    {
        let evaluator = Evaluator(engine: self, storage: storage, queryTime: time)
        return try evaluator.evaluate(expr, at: time)
    }
}
