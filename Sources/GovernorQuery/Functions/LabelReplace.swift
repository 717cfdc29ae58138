/// `label_replace(v, dst, replacement, src, regex)`: where `regex` matches the whole of `src`'s value,
/// sets `dst` to the expanded replacement (removing it when that is empty); other series pass unchanged.
enum LabelReplace {
    static func evaluate(_ input: InstantFunctionInput) throws(EvaluationError) -> Value {
        let destination = input.string(at: 1)
        let replacement = input.string(at: 2)
        let source = input.string(at: 3)
        let pattern = input.string(at: 4)
        // Prometheus checks the arguments even when the vector is empty.
        guard let regex = ReplacementRegex(pattern) else {
            throw EvaluationError("invalid regular expression in label_replace(): \(pattern)")
        }
        guard isValidLabelName(destination) else {
            throw EvaluationError("invalid destination label name in label_replace(): \(destination)")
        }
        let result = input.vector(at: 0).map { sample in
            var labels = sample.labels
            if let replaced = regex.replacing(sample.labels[source] ?? "", with: replacement) {
                labels = labels.setting(destination, to: replaced)
            }
            return VectorSample(labels: labels, timestamp: input.evaluationTime, value: sample.value)
        }
        return .vector(try result.rejectingDuplicateLabelSets())
    }
}
