public import GovernorQuery

/// Somewhere samples come from: the simulator, `/proc`, a scrape target, a tailed file.
///
/// The daemon asks each source for its samples on the source's own schedule (multiples of `interval`, like
/// rule groups), appends them to the series store, and only then evaluates the groups due at that time.
/// A source keeps whatever state it needs between calls (a scrape's last series, a tail's read position).
public protocol MetricSource: Sendable {
    /// Names the source in logs, in `--help` listings and as the `job` of its `up` series.
    var name: String { get }
    /// Milliseconds between two collections.
    var interval: Int64 { get }
    /// Collects what the source has at `time`. A failure never throws: it comes back as a batch with an
    /// `error` (and, where the source reports health, `up` 0), so one bad source never stops a tick.
    func collect(at time: Timestamp) async -> SourceBatch
}

/// What one collection produced.
public struct SourceBatch: Sendable, Hashable {
    /// Samples with their metric name in `__name__`; stale markers (`StaleMarker.value`) for series that
    /// disappeared since the last collection.
    public var samples: [VectorSample]
    /// Why the collection failed or was partial, for the log; nil when it went well.
    public var error: String?

    public init(samples: [VectorSample], error: String? = nil) {
        self.samples = samples
        self.error = error
    }
}

/// A source whose `collect(at:)` answers for any instant, past ones included (the simulator, a recorded history),
/// so a restarted daemon can refill the windows its rules read.
public protocol BackfillableSource: MetricSource {}
