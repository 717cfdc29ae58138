extension Array where Element == VectorSample {
    /// Prometheus refuses a result in which two samples share a label set, which happens when a function
    /// drops the metric name or rewrites labels.
    func rejectingDuplicateLabelSets() throws(EvaluationError) -> InstantVector {
        var seen = Set<Labels>()
        seen.reserveCapacity(count)
        for sample in self where !seen.insert(sample.labels).inserted {
            throw EvaluationError("vector cannot contain metrics with the same labelset")
        }
        return self
    }
}
