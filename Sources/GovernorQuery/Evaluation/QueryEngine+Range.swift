/// The steps of a range query, in milliseconds: `start`, `start + step`, … up to and including `end`.
public struct QueryRange: Sendable, Hashable {
    public var start: Timestamp
    public var end: Timestamp
    /// Positive. A range with `start == end` has one step whatever the step is.
    public var step: Int64

    public init(start: Timestamp, end: Timestamp, step: Int64) {
        self.start = start
        self.end = end
        self.step = step
    }

    /// How many instants the query evaluates.
    public var stepCount: Int64 { step > 0 ? (end - start) / step + 1 : 1 }
}

extension QueryEngine {
    /// Evaluates `expr` at every step of `range`, as Prometheus 2.42's range queries do, and gathers the result
    /// into one series per label set, sorted by labels (Prometheus sorts a range query's matrix). A scalar
    /// becomes one series without labels. `expr` must be a scalar or an instant vector; the caller says why not.
    ///
    /// `checkpoint` runs before each step and may throw to stop the query (a deadline, a cancelled request):
    /// the evaluator itself never looks at a clock.
    public func evaluateRange(
        _ expr: Expr, over range: QueryRange, storage: any SeriesStorage,
        checkpoint: (Timestamp) throws(EvaluationError) -> Void = { _ in }
    ) throws(EvaluationError) -> RangeVector {
        let anchored = expr.anchoringStartAndEnd(start: range.start, end: range.end)
        let storage = RangeSelectionCache(base: storage, range: range)
        var seriesByLabels: [Labels: Int] = [:]
        var result: RangeVector = []
        var time = range.start
        while time <= range.end {
            try checkpoint(time)
            // `queryTime` is only read for `@ start()` / `@ end()`, which are already fixed times here.
            let evaluator = Evaluator(engine: self, storage: storage, queryTime: time)
            switch try evaluator.evaluate(anchored, at: time) {
            case .scalar(let value, _):
                append(FloatPoint(timestamp: time, value: value), to: Labels(), &result, &seriesByLabels)
            case .vector(let vector):
                try evaluator.requireUniqueLabelSets(vector)
                for sample in vector {
                    append(
                        FloatPoint(timestamp: time, value: sample.value), to: sample.labels, &result, &seriesByLabels)
                }
            case .matrix(let value):
                throw EvaluationError("invalid expression type \"\(Value.matrix(value).type)\" for range query")
            case .string(let value, let timestamp):
                throw EvaluationError(
                    "invalid expression type \"\(Value.string(value, timestamp).type)\" for range query")
            }
            guard range.step > 0 else { break }
            let (next, overflow) = time.addingReportingOverflow(range.step)
            if overflow { break }
            time = next
        }
        return result.sorted { $0.labels < $1.labels }
    }

    private func append(
        _ point: FloatPoint, to labels: Labels, _ result: inout RangeVector, _ seriesByLabels: inout [Labels: Int]
    ) {
        if let index = seriesByLabels[labels] {
            result[index].points.append(point)
        } else {
            seriesByLabels[labels] = result.count
            result.append(RangeSeries(labels: labels, points: [point]))
        }
    }
}

extension Expr {
    /// The expression with `@ start()` and `@ end()` replaced by the range's fixed times, which is what they mean
    /// in a range query (Prometheus resolves them the same way before evaluating).
    func anchoringStartAndEnd(start: Timestamp, end: Timestamp) -> Expr {
        func fixed(_ modifier: AtModifier?) -> AtModifier? {
            switch modifier {
            case .start: .timestamp(start)
            case .end: .timestamp(end)
            case .timestamp, .none: modifier
            }
        }
        func rewrite(_ expr: Expr) -> Expr {
            switch expr {
            case .number, .string:
                return expr
            case .vectorSelector(var node):
                node.at = fixed(node.at)
                return .vectorSelector(node)
            case .matrixSelector(var node):
                node.selector.at = fixed(node.selector.at)
                return .matrixSelector(node)
            case .subquery(var node):
                node.at = fixed(node.at)
                node.expr = rewrite(node.expr)
                return .subquery(node)
            case .call(var node):
                node.arguments = node.arguments.map(rewrite)
                return .call(node)
            case .aggregate(var node):
                node.expr = rewrite(node.expr)
                node.parameter = node.parameter.map(rewrite)
                return .aggregate(node)
            case .binary(var node):
                node.lhs = rewrite(node.lhs)
                node.rhs = rewrite(node.rhs)
                return .binary(node)
            case .unary(var node):
                node.expr = rewrite(node.expr)
                return .unary(node)
            case .paren(var node):
                node.expr = rewrite(node.expr)
                return .paren(node)
            }
        }
        return rewrite(self)
    }
}
