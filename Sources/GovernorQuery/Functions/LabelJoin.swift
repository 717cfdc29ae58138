/// `label_join(v, dst, separator, src...)`: sets `dst` to the source labels' values joined by `separator`
/// (missing labels count as empty), removing `dst` when the result is empty.
enum LabelJoin {
    static func evaluate(_ input: InstantFunctionInput) throws(EvaluationError) -> Value {
        let destination = input.string(at: 1)
        let separator = input.string(at: 2)
        let sources = (3..<max(3, input.arguments.count)).map { input.string(at: $0) }
        for source in sources where !isValidLabelName(source) {
            throw EvaluationError("invalid source label name in label_join(): \(source)")
        }
        guard isValidLabelName(destination) else {
            throw EvaluationError("invalid destination label name in label_join(): \(destination)")
        }
        let result = input.vector(at: 0).map { sample in
            let joined = sources.map { sample.labels[$0] ?? "" }.joined(separator: separator)
            return VectorSample(
                labels: sample.labels.setting(destination, to: joined), timestamp: input.evaluationTime,
                value: sample.value)
        }
        return .vector(try result.rejectingDuplicateLabelSets())
    }
}
