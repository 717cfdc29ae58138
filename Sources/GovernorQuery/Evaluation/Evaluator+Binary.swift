extension Evaluator {
    func binary(_ node: BinaryExpr, at time: Timestamp) throws(EvaluationError) -> Value {
        let lhs = try evaluate(node.lhs, at: time)
        let rhs = try evaluate(node.rhs, at: time)
        switch (lhs, rhs) {
        case (.scalar(let left, _), .scalar(let right, _)):
            let (value, keep) = BinaryArithmetic.apply(node.op, left, right)
            return .scalar(node.op.isComparison ? (keep ? 1 : 0) : value, time)
        case (.vector(let vector), .scalar(let scalar, _)):
            return .vector(try vectorScalar(node, vector: vector, scalar: scalar, scalarOnLeft: false))
        case (.scalar(let scalar, _), .vector(let vector)):
            return .vector(try vectorScalar(node, vector: vector, scalar: scalar, scalarOnLeft: true))
        case (.vector(let left), .vector(let right)):
            let matching =
                node.matching
                ?? VectorMatching(
                    cardinality: node.op.isSetOperator ? .manyToMany : .oneToOne, matchingLabels: [], on: false,
                    include: [])
            let result: InstantVector
            switch node.op {
            case .and: result = VectorMatcher.and(left, right, matching: matching)
            case .or: result = VectorMatcher.or(left, right, matching: matching)
            case .unless: result = VectorMatcher.unless(left, right, matching: matching)
            default:
                result = try VectorMatcher.binary(
                    node.op, left, right, matching: matching, returnBool: node.returnBool, time: time)
            }
            try requireUniqueLabelSets(result)
            return .vector(result)
        default:
            throw EvaluationError("invalid operand types for binary operator \(node.op.rawValue)")
        }
    }

    private func vectorScalar(
        _ node: BinaryExpr, vector: InstantVector, scalar: Double, scalarOnLeft: Bool
    ) throws(EvaluationError) -> InstantVector {
        let dropName = BinaryArithmetic.dropsMetricName(node.op) || node.returnBool
        var result = InstantVector()
        result.reserveCapacity(vector.count)
        for sample in vector {
            let (left, right) = scalarOnLeft ? (scalar, sample.value) : (sample.value, scalar)
            var (value, keep) = BinaryArithmetic.apply(node.op, left, right)
            // A comparison keeps the vector's own value even when the scalar is on the left.
            if node.op.isComparison && scalarOnLeft { value = right }
            if node.returnBool {
                value = keep ? 1 : 0
                keep = true
            }
            guard keep else { continue }
            let labels = dropName ? sample.labels.withoutMetricName() : sample.labels
            result.append(VectorSample(labels: labels, timestamp: sample.timestamp, value: value))
        }
        try requireUniqueLabelSets(result)
        return result
    }
}
