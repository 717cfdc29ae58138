/// What one writer's last batch resolved to, so its next batch appends without hashing label sets: a scrape
/// lists the same series in the same order time after time, and so does a rule. Prometheus's scrape loop keeps
/// the same kind of cache (series text to reference). A cached reference is used only when the series behind it
/// in the storage written to has the sample's labels, so a cache used with another storage is merely slow; any
/// other sample is looked up the usual way, and the cache learns its position.
public struct ScrapeCache: Sendable {
    /// The label sets of the last batch, in its order.
    private var labels: [Labels] = []
    private var references: [SeriesReference] = []
    /// The store's own label set behind each reference: the store holds the very same array while the reference
    /// is good, so checking that costs no comparison of label values.
    private var stored: [Labels] = []

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
            stored.removeLast(stored.count - samples.count)
        }
        var position = appendCached(samples, from: 0, to: &storage)
        while position < samples.count {
            // A sample the cache does not know at its position: looked up the usual way, and learnt there.
            if previous == nil { previous = labels }
            let sample = samples[position]
            let reference = storage.reference(for: sample.labels)
            storage.append(reference, timestamp: sample.timestamp, value: sample.value)
            let storedLabels = storage.labelsBySeries[Int(reference.series)]
            if position < labels.count {
                labels[position] = sample.labels
                references[position] = reference
                stored[position] = storedLabels
            } else {
                labels.append(sample.labels)
                references.append(reference)
                stored.append(storedLabels)
            }
            position = appendCached(samples, from: position + 1, to: &storage)
        }
        return previous
    }

    /// Appends the samples from `start` on whose series the cache knows, up to the first it does not, and returns
    /// that one's position (`samples.count` when there is none). Label sets are read in place through buffer
    /// pointers: copying one out of an array would retain it, which writes to its buffer, one more cache miss per
    /// sample.
    private func appendCached(_ samples: [VectorSample], from start: Int, to storage: inout InMemoryStorage) -> Int {
        samples.withUnsafeBufferPointer { samples in
            labels.withUnsafeBufferPointer { labels in
                stored.withUnsafeBufferPointer { stored in
                    var position = start
                    while position < min(samples.count, labels.count),
                        labels[position] == samples[position].labels,
                        storage.holds(references[position], labeled: stored[position])
                    {
                        storage.append(
                            references[position], timestamp: samples[position].timestamp,
                            value: samples[position].value)
                        position += 1
                    }
                    return position
                }
            }
        }
    }
}
