import GovernorQuery
import GovernorSources
import Synchronization

/// A source that reports the same samples at every collection (each stamped with the collection's time); tests
/// change them between steps.
final class ConstantSource: MetricSource {
    let name: String
    let interval: Int64
    private let samples: Mutex<[(Labels, Double)]>

    init(name: String = "constant", interval: Int64 = 10_000, _ samples: [(Labels, Double)]) {
        self.name = name
        self.interval = interval
        self.samples = Mutex(samples)
    }

    func set(_ samples: [(Labels, Double)]) {
        self.samples.withLock { $0 = samples }
    }

    func collect(at time: Timestamp) async -> SourceBatch {
        SourceBatch(
            samples: samples.withLock { $0 }.map { VectorSample(labels: $0.0, timestamp: time, value: $0.1) })
    }
}
