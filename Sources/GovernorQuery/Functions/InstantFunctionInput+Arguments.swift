/// Typed access to evaluated arguments. The parser has already checked the types, so a missing or
/// mistyped argument can only be a bug elsewhere; it reads as empty rather than crashing the query.
extension InstantFunctionInput {
    func vector(at index: Int) -> InstantVector {
        guard index < arguments.count, case .vector(let vector) = arguments[index] else { return [] }
        return vector
    }

    /// The vector argument with every sample stamped at the evaluation time, as results must be.
    func vectorAtEvaluationTime(_ index: Int) -> InstantVector {
        vector(at: index).map { VectorSample(labels: $0.labels, timestamp: evaluationTime, value: $0.value) }
    }

    func matrix(at index: Int) -> RangeVector {
        guard index < arguments.count, case .matrix(let matrix) = arguments[index] else { return [] }
        return matrix
    }

    func scalar(at index: Int) -> Double {
        guard index < arguments.count, case .scalar(let value) = arguments[index] else { return .nan }
        return value
    }

    func string(at index: Int) -> String {
        guard index < arguments.count, case .string(let value) = arguments[index] else { return "" }
        return value
    }

    /// Applies `transform` to every sample's value, dropping the metric name as Prometheus does for
    /// every function that changes a value's meaning.
    func mapVector(at index: Int, _ transform: (Double) -> Double) throws(EvaluationError) -> Value {
        let samples = vector(at: index).map { sample in
            VectorSample(
                labels: sample.labels.withoutMetricName(), timestamp: evaluationTime, value: transform(sample.value))
        }
        return .vector(try samples.rejectingDuplicateLabelSets())
    }
}
