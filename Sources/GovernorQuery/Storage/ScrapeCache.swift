/// What one writer's last batch resolved to, so its next batch appends without hashing label sets: a scrape
/// lists the same series in the same order time after time, and so does a rule. Prometheus's scrape loop keeps
/// the same kind of cache (series text to reference). A cached reference is used only when the series behind it
/// in the storage written to has the sample's labels, so a cache used with another storage is merely slow; any
/// other sample is looked up the usual way, and the cache learns its position.
public struct ScrapeCache: Sendable {
    /// The label sets of the last batch, in its order.
    private var labels: [Labels] = []
    private var references: [SeriesReference] = []

    public init() {}

    /// Appends every sample to `storage`, as `InMemoryStorage.append(labels:timestamp:value:)` would one by one.
    /// - Returns: nil when the batch listed exactly the series of the last one, in the same order; otherwise the
    ///   last batch's label sets (copied only then, so a steady writer allocates nothing).
    @discardableResult
    public mutating func append(_ samples: [VectorSample], to storage: inout InMemoryStorage) -> [Labels]? {
        var previous: [Labels]? = labels.count == samples.count ? nil : labels
        if labels.count > samples.count {
            labels.removeLast(labels.count - samples.count)
            references.removeLast(references.count - samples.count)
        }
        for (position, sample) in samples.enumerated() {
            if position < labels.count, labels[position] == sample.labels,
                storage.holds(references[position], labeled: sample.labels)
            {
                storage.append(references[position], timestamp: sample.timestamp, value: sample.value)
                continue
            }
            if previous == nil { previous = labels }
            let reference = storage.reference(for: sample.labels)
            storage.append(reference, timestamp: sample.timestamp, value: sample.value)
            if position < labels.count {
                labels[position] = sample.labels
                references[position] = reference
            } else {
                labels.append(sample.labels)
                references.append(reference)
            }
        }
        return previous
    }
}
