extension Evaluator {
    func call(_ node: Call, at time: Timestamp) throws(EvaluationError) -> Value {
        guard let implementation = FunctionRegistry.implementation(named: node.function.name) else {
            throw EvaluationError("function \(node.function.name) is not implemented")
        }
        switch implementation {
        case .overRange(let keepsMetricName, let function):
            return .vector(try overRange(node, at: time, keepsMetricName: keepsMetricName, function: function))
        case .instant(let function):
            var arguments: [FunctionArgument] = []
            arguments.reserveCapacity(node.arguments.count)
            for argument in node.arguments {
                arguments.append(try functionArgument(argument, of: node, at: time))
            }
            let input = InstantFunctionInput(
                arguments: arguments, argumentExpressions: node.arguments, evaluationTime: time)
            let result = try function(input)
            if case .vector(let vector) = result { try requireUniqueLabelSets(vector) }
            return result
        }
    }

    private func functionArgument(_ argument: Expr, of node: Call, at time: Timestamp) throws(EvaluationError)
        -> FunctionArgument
    {
        // `timestamp()` reports when each sample was taken, so its selector keeps the samples' own times.
        if node.function.name == "timestamp", case .vectorSelector(let selector) = argument.unwrappingParens {
            return .vector(try instantSelect(selector, at: time, keepSampleTimes: true))
        }
        switch try evaluate(argument, at: time) {
        case .scalar(let value, _): return .scalar(value)
        case .vector(let vector): return .vector(vector)
        case .matrix(let matrix): return .matrix(matrix)
        case .string(let text, _): return .string(text)
        }
    }

    /// Runs a range function once per series of its range argument.
    private func overRange(
        _ node: Call, at time: Timestamp, keepsMetricName: Bool,
        function: @Sendable (RangeFunctionInput) -> Double?
    ) throws(EvaluationError) -> InstantVector {
        var scalars: [Double] = []
        var selection: RangeSelection?
        for argument in node.arguments {
            switch argument.unwrappingParens {
            case .matrixSelector(let selector):
                selection = try rangeSelect(selector, at: time)
            case .subquery(let inner):
                selection = try subquery(inner, at: time)
            default:
                scalars.append(try evaluateScalar(argument, at: time))
            }
        }
        guard let selection else {
            throw EvaluationError("expected a range vector argument in call to function \(node.function.name)")
        }
        var result = InstantVector()
        result.reserveCapacity(selection.series.count)
        for series in selection.series where !series.points.isEmpty {
            let input = RangeFunctionInput(
                points: series.points[...], rangeStart: selection.rangeStart, rangeEnd: selection.rangeEnd,
                evaluationTime: time, scalarArguments: scalars)
            guard let value = function(input) else { continue }
            let labels = keepsMetricName ? series.labels : series.labels.withoutMetricName()
            result.append(VectorSample(labels: labels, timestamp: time, value: value))
        }
        // Dropping the name can only make two series collide when they came from different metrics.
        if !keepsMetricName && !selection.series.allHaveOneMetricName {
            try requireUniqueLabelSets(result)
        }
        return result
    }
}

extension RangeVector {
    fileprivate var allHaveOneMetricName: Bool {
        guard let first = self.first?.labels.metricName else { return count <= 1 }
        return allSatisfy { $0.labels.metricName == first }
    }
}
