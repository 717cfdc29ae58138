/// The expressions of one rule group compiled into one program, evaluated one after another at each tick, with
/// their identical sub-expressions evaluated once per tick.
///
/// Between two expressions of a tick the group writes what they produced (recorded series, `ALERTS`), so only a
/// sub-expression that reads none of the `writtenNames` is shared; its answer cannot change within the tick.
/// Each expression's result is bit for bit what `QueryEngine.evaluate` gives at that point of the tick, as with
/// `QueryPlan`, and the reference evaluator answers whatever the plan does not cover.
public struct GroupQueryPlan: Sendable {
    public let exprs: [Expr]
    public let engine: QueryEngine
    private let writtenNames: Set<String>
    private var program: PlanProgram
    private var roots: [PlanNode?]
    /// A result handed back once read (`recycle(_:)`), whose buffer the next result is built in.
    private var spareVector = InstantVector()

    public init(_ exprs: [Expr], writtenNames: Set<String>, engine: QueryEngine = QueryEngine()) {
        self.exprs = exprs
        self.engine = engine
        self.writtenNames = writtenNames
        (program, roots) = Self.compile(exprs, writtenNames: writtenNames, engine: engine)
    }

    private static func compile(_ exprs: [Expr], writtenNames: Set<String>, engine: QueryEngine)
        -> (PlanProgram, [PlanNode?])
    {
        var program = PlanProgram(lookbackDelta: engine.lookbackDelta, writtenNames: writtenNames)
        let roots = exprs.map { expr -> PlanNode? in
            guard let root = PlanCompiler.compile(expr, into: &program), root.isVector else { return nil }
            return root
        }
        return (program, roots)
    }

    /// Starts a tick: every node runs afresh when next asked, then once for all the expressions that read it.
    public mutating func beginTick() { program.beginTick() }

    /// Whether expression `index` runs on the plan; false when it always goes to the reference evaluator.
    public func isIncremental(_ index: Int) -> Bool { roots[index] != nil }

    /// The plan nodes that evaluate vectors, across all expressions: fewer than the expressions' own nodes added up
    /// when they share sub-expressions.
    public var nodeCount: Int { program.nodeCount }

    /// The range calls' series windows, one per series, range and offset, however many range calls read it.
    var windowCount: Int { program.windowPool?.count ?? 0 }

    /// Expression `index`'s value at `time`, exactly as `engine.evaluate(exprs[index], at: time, storage: storage)`
    /// gives it. Call `beginTick()` first whenever the store may have changed other than by the group's own
    /// writes of `writtenNames`.
    public mutating func evaluate(_ index: Int, at time: Timestamp, storage: InMemoryStorage) throws(EvaluationError)
        -> Value
    {
        if let root = roots[index] {
            if let vector = program.run(root, at: time, storage: storage, reusing: &spareVector) {
                return .vector(vector)
            }
            if program.storeReplaced {
                // Another store than the one the selectors were resolved against: resolve everything afresh.
                (program, roots) = Self.compile(exprs, writtenNames: writtenNames, engine: engine)
                if let root = roots[index],
                    let vector = program.run(root, at: time, storage: storage, reusing: &spareVector)
                {
                    return .vector(vector)
                }
            }
        }
        return try engine.evaluate(exprs[index], at: time, storage: storage)
    }

    /// Hands back a result vector the caller has finished reading, so the next one reuses its buffer instead of
    /// allocating one: a steady tick of alerting rules then allocates no result vectors.
    public mutating func recycle(_ vector: consuming InstantVector) {
        spareVector = vector
    }
}
