/// One expression compiled for evaluation tick after tick against the same `InMemoryStorage`.
///
/// Selectors are resolved to series once and then only checked against series created since; every node keeps
/// label-set ids and reusable buffers, so a tick reads samples and does arithmetic instead of matching postings
/// and hashing label sets. Results are bit for bit what `QueryEngine.evaluate` returns: the plan runs the same
/// functions and folds in the same order, and whatever it does not cover, or any case the reference evaluator
/// reports as an error, is evaluated by the reference evaluator itself.
public struct QueryPlan: Sendable {
    public var expr: Expr { plan.exprs[0] }
    public var engine: QueryEngine { plan.engine }
    /// A group of one expression that writes nothing: every evaluation is a tick of its own.
    private var plan: GroupQueryPlan

    public init(_ expr: Expr, engine: QueryEngine = QueryEngine()) {
        plan = GroupQueryPlan([expr], writtenNames: [], engine: engine)
    }

    /// Whether the expression runs on the plan; false when every evaluation goes to the reference evaluator.
    public var isIncremental: Bool { plan.isIncremental(0) }

    /// The expression's value at `time`, exactly as `engine.evaluate(expr, at: time, storage: storage)` gives it.
    public mutating func evaluate(at time: Timestamp, storage: InMemoryStorage) throws(EvaluationError) -> Value {
        plan.beginTick()
        return try plan.evaluate(0, at: time, storage: storage)
    }
}
