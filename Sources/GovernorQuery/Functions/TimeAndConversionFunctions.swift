/// `time`, `pi`, `timestamp`, `vector` and `scalar`.
enum TimeAndConversionFunctions {
    /// The evaluation time in seconds.
    static func time(_ input: InstantFunctionInput) throws(EvaluationError) -> Value {
        .scalar(Double(input.evaluationTime) / 1000, input.evaluationTime)
    }

    static func pi(_ input: InstantFunctionInput) throws(EvaluationError) -> Value {
        .scalar(Double.pi, input.evaluationTime)
    }

    /// Each sample's own timestamp in seconds (the evaluator passes selector samples with their sample time).
    static func timestamp(_ input: InstantFunctionInput) throws(EvaluationError) -> Value {
        let samples = input.vector(at: 0).map { sample in
            VectorSample(
                labels: sample.labels.withoutMetricName(), timestamp: input.evaluationTime,
                value: Double(sample.timestamp) / 1000)
        }
        return .vector(try samples.rejectingDuplicateLabelSets())
    }

    /// The scalar as a one-sample vector without labels.
    static func vector(_ input: InstantFunctionInput) throws(EvaluationError) -> Value {
        .vector([VectorSample(labels: Labels(), timestamp: input.evaluationTime, value: input.scalar(at: 0))])
    }

    /// The value of a one-sample vector; NaN for any other size.
    static func scalar(_ input: InstantFunctionInput) throws(EvaluationError) -> Value {
        let samples = input.vector(at: 0)
        return .scalar(samples.count == 1 ? samples[0].value : .nan, input.evaluationTime)
    }
}
