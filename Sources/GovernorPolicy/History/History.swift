public import GovernorQuery
import GovernorSeriesText

/// A metrics history read from a file: every sample, in the order the file gave them.
public struct History: Sendable {
    public var samples: [VectorSample]

    public init(samples: [VectorSample]) {
        self.samples = samples
    }

    /// The earliest sample's time, nil when there are none.
    public var firstTimestamp: Timestamp? { samples.lazy.map(\.timestamp).min() }
    /// The latest sample's time, nil when there are none.
    public var lastTimestamp: Timestamp? { samples.lazy.map(\.timestamp).max() }

    /// The samples in a store the query engine can read.
    public var storage: InMemoryStorage {
        var storage = InMemoryStorage()
        for sample in samples {
            storage.append(labels: sample.labels, timestamp: sample.timestamp, value: sample.value)
        }
        return storage
    }
}
