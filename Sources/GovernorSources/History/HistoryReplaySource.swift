public import GovernorQuery

/// Plays a recorded history back as a source: at each collection it hands over the samples recorded since the
/// previous one, with their own timestamps. `governor run --history FILE` drives the daemon with exactly what
/// `dry-run --history FILE` replays, so the two can be compared.
public struct HistoryReplaySource: BackfillableSource {
    public let name = "history"
    public let interval: Int64
    /// Sorted by time.
    private let samples: [VectorSample]

    public init(samples: [VectorSample], interval: Int64) {
        self.samples = samples.sorted { $0.timestamp < $1.timestamp }
        self.interval = interval
    }

    public var firstTimestamp: Timestamp? { samples.first?.timestamp }
    public var lastTimestamp: Timestamp? { samples.last?.timestamp }

    /// The samples in `(time - interval, time]`.
    public func collect(at time: Timestamp) async -> SourceBatch {
        let lower = firstIndex { $0 > time - interval }
        let upper = firstIndex { $0 > time }
        return SourceBatch(samples: Array(samples[lower..<upper]))
    }

    /// The first position whose timestamp satisfies `isAfter` (which must be monotonic over time).
    private func firstIndex(where isAfter: (Timestamp) -> Bool) -> Int {
        var low = 0
        var high = samples.count
        while low < high {
            let middle = (low + high) / 2
            if isAfter(samples[middle].timestamp) { high = middle } else { low = middle + 1 }
        }
        return low
    }
}
