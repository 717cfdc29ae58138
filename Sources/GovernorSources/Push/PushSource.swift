public import GovernorQuery
import Synchronization

/// Samples pushed to the daemon (Prometheus remote write) wait here until the next collection hands them to the
/// evaluation loop, so a writer never waits for a tick. The buffer is bounded: when it is full, `push` refuses the
/// whole batch and the writer retries it later (remote write retries on 5xx), so nothing is silently dropped.
public final class PushSource: MetricSource {
    public let name: String
    public let interval: Int64
    public let capacity: Int
    private let buffer = Mutex<[VectorSample]>([])

    public init(name: String = "remote-write", interval: Int64 = 1_000, capacity: Int = 2_000_000) {
        self.name = name
        self.interval = interval
        self.capacity = capacity
    }

    /// Whether the batch was taken; false when it would overflow the buffer.
    public func push(_ samples: [VectorSample]) -> Bool {
        buffer.withLock { waiting in
            guard waiting.count + samples.count <= capacity else { return false }
            waiting.append(contentsOf: samples)
            return true
        }
    }

    /// Samples waiting for the next collection.
    public var waiting: Int { buffer.withLock { $0.count } }

    public func collect(at time: Timestamp) async -> SourceBatch {
        let samples = buffer.withLock { waiting in
            defer { waiting = [] }
            return waiting
        }
        return SourceBatch(samples: samples)
    }
}
