/// Evaluates an expression tree at one time against a storage, with Prometheus 2.42's semantics.
///
/// Only instant evaluation exists: a subquery evaluates its inner expression once per step.
struct Evaluator {
    let engine: QueryEngine
    let storage: any SeriesStorage
    /// The top-level evaluation time, which `@ start()` and `@ end()` refer to.
    let queryTime: Timestamp

    func evaluate(_ expr: Expr, at time: Timestamp) throws(EvaluationError) -> Value {
        switch expr {
        case .number(let node):
            return .scalar(node.value, time)
        case .string(let node):
            return .string(node.value, time)
        case .paren(let node):
            return try evaluate(node.expr, at: time)
        case .vectorSelector(let node):
            return .vector(try instantSelect(node, at: time, keepSampleTimes: false))
        case .matrixSelector(let node):
            return .matrix(try rangeSelect(node, at: time).series)
        case .subquery(let node):
            return .matrix(try subquery(node, at: time).series)
        case .unary(let node):
            return try unary(node, at: time)
        case .binary(let node):
            return try binary(node, at: time)
        case .aggregate(let node):
            return try aggregate(node, at: time)
        case .call(let node):
            return try call(node, at: time)
        }
    }

    /// The window a selector or subquery reads: it ends at its `@` time (or `time`) minus its offset, and reaches
    /// `length` back. Times that would leave the 64-bit millisecond range are an error, never a crash.
    func window(at time: Timestamp, modifier: AtModifier?, offset: Int64, length: Int64) throws(EvaluationError)
        -> (start: Timestamp, end: Timestamp)
    {
        let anchor: Timestamp =
            switch modifier {
            case .none: time
            case .timestamp(let fixed): fixed
            case .start, .end: queryTime
            }
        let (end, endOverflow) = anchor.subtractingReportingOverflow(offset)
        let (start, startOverflow) = end.subtractingReportingOverflow(length)
        guard !endOverflow, !startOverflow else {
            throw EvaluationError("time out of range: the selector would read before or after the representable times")
        }
        return (start, end)
    }

    func evaluateScalar(_ expr: Expr, at time: Timestamp) throws(EvaluationError) -> Double {
        guard case .scalar(let value, _) = try evaluate(expr, at: time) else {
            throw EvaluationError("expected scalar, got \(expr.type)")
        }
        return value
    }

    func evaluateVector(_ expr: Expr, at time: Timestamp) throws(EvaluationError) -> InstantVector {
        guard case .vector(let vector) = try evaluate(expr, at: time) else {
            throw EvaluationError("expected instant vector, got \(expr.type)")
        }
        return vector
    }

    private func unary(_ node: UnaryExpr, at time: Timestamp) throws(EvaluationError) -> Value {
        let value = try evaluate(node.expr, at: time)
        guard node.op == .minus else { return value }
        switch value {
        case .scalar(let number, let timestamp):
            return .scalar(-number, timestamp)
        case .vector(let vector):
            let negated = vector.map {
                VectorSample(labels: $0.labels.withoutMetricName(), timestamp: $0.timestamp, value: -$0.value)
            }
            try requireUniqueLabelSets(negated)
            return .vector(negated)
        case .matrix, .string:
            throw EvaluationError("unary minus is only defined for scalars and instant vectors")
        }
    }

    /// Prometheus refuses a result in which two samples have the same labels.
    func requireUniqueLabelSets(_ vector: InstantVector) throws(EvaluationError) {
        guard vector.count > 1 else { return }
        var seen = Set<Labels>(minimumCapacity: vector.count)
        for sample in vector where !seen.insert(sample.labels).inserted {
            throw EvaluationError("vector cannot contain metrics with the same labelset")
        }
    }
}
