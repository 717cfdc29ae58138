extension Evaluator {
    func aggregate(_ node: AggregateExpr, at time: Timestamp) throws(EvaluationError) -> Value {
        var parameter = AggregationParameter.none
        if let expr = node.parameter {
            switch try evaluate(expr, at: time) {
            case .scalar(let value, _): parameter = .number(value)
            case .string(let text, _): parameter = .label(text)
            default: throw EvaluationError("aggregation parameter must be a scalar or a string")
            }
        }
        let input = try evaluateVector(node.expr, at: time)
        var aggregation = Aggregation(
            op: node.op, grouping: node.grouping, without: node.without, parameter: parameter)
        return .vector(try aggregation.run(input, time: time))
    }
}

enum AggregationParameter {
    case none
    case number(Double)
    case label(String)
}
