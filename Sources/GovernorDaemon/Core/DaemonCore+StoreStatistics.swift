import GovernorQuery
import GovernorRuntime

/// How much the daemon's in-memory series store holds: what a memory benchmark divides its RSS by.
public struct DaemonStoreStatistics: Hashable, Sendable {
    public var series: Int
    public var samples: Int
    /// The store's estimate of the bytes its retained samples take (`InMemoryStorage.sampleBytes`).
    public var sampleBytes: Int
    /// The store's estimate of everything it holds, labels and index included (`InMemoryStorage.memoryFootprint`).
    public var estimatedBytes: Int
}

extension DaemonCore {
    /// Counts the store as it stands after the last step. Walks every series, so it is for benchmarks and
    /// diagnostics, not for every tick.
    public var storeStatistics: DaemonStoreStatistics {
        let storage = runtime.storage
        return DaemonStoreStatistics(
            series: storage.seriesCount, samples: storage.sampleCount, sampleBytes: storage.sampleBytes,
            estimatedBytes: storage.memoryFootprint)
    }
}
