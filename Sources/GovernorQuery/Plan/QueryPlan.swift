/// One expression compiled for evaluation tick after tick against the same `InMemoryStorage`.
///
/// Selectors are resolved to series once and then only checked against series created since; every node keeps
/// label-set ids and reusable buffers, so a tick reads samples and does arithmetic instead of matching postings
/// and hashing label sets. Results are bit for bit what `QueryEngine.evaluate` returns: the plan runs the same
/// functions and folds in the same order, and whatever it does not cover, or any case the reference evaluator
/// reports as an error, is evaluated by the reference evaluator itself.
public struct QueryPlan: Sendable {
    public let expr: Expr
    public let engine: QueryEngine
    private var program: PlanProgram
    private var root: PlanNode?

    public init(_ expr: Expr, engine: QueryEngine = QueryEngine()) {
        self.expr = expr
        self.engine = engine
        program = PlanProgram(lookbackDelta: engine.lookbackDelta)
        root = Self.compile(expr, into: &program)
    }

    /// Only a vector-valued expression runs on the plan; a constant is the reference evaluator's to answer.
    private static func compile(_ expr: Expr, into program: inout PlanProgram) -> PlanNode? {
        guard let root = PlanCompiler.compile(expr, into: &program), root.isVector else { return nil }
        return root
    }

    /// Whether the expression runs on the plan; false when every evaluation goes to the reference evaluator.
    public var isIncremental: Bool { root != nil }

    /// The expression's value at `time`, exactly as `engine.evaluate(expr, at: time, storage: storage)` gives it.
    public mutating func evaluate(at time: Timestamp, storage: InMemoryStorage) throws(EvaluationError) -> Value {
        if let root {
            if let vector = program.run(root, at: time, storage: storage) { return .vector(vector) }
            if program.storeReplaced {
                // Another store than the one the selectors were resolved against: resolve everything afresh.
                program = PlanProgram(lookbackDelta: engine.lookbackDelta)
                self.root = Self.compile(expr, into: &program)
                if let vector = program.run(root, at: time, storage: storage) { return .vector(vector) }
            }
        }
        return try engine.evaluate(expr, at: time, storage: storage)
    }
}
