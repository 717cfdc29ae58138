public import GovernorQuery

/// The embedded default metric source: a deterministic simulation of the seven components (the API behind the SLOs,
/// payments and revenue, webhook automation, security scanners, the scheduler's heartbeat and the host), so that
/// `governor run` has something to govern on a machine with nothing else installed, and tests have histories whose
/// every alert is known in advance.
///
/// Its promise: the samples at a time are a pure function of (scenario, seed, start, interval, time). Nothing is
/// remembered between calls, so a new instance with the same parameters (a daemon restarted after a crash) returns
/// exactly the same samples at the same times, and counters never decrease. Every value is computed in closed form,
/// so any instant costs the same (a few microseconds per series), whether it is the first or a month in.
public struct Simulator: MetricSource {
    /// The seed used unless one is given, so that every default run produces the same history.
    public static let defaultSeed: UInt64 = 1
    /// 10 s: the telemetry refresh of the shipped defaults.
    public static let defaultInterval: Int64 = 10_000
    /// 2025-01-01T00:00:00Z, on a quarter hour, so the governance group's cron ticks fall 15, 30, 45… minutes in.
    public static let defaultStart: Timestamp = 1_735_689_600_000

    public let name = "simulator"
    public let scenario: SimulatorScenario
    public let seed: UInt64
    /// Milliseconds since the Unix epoch when the scenario starts; there are no samples before it.
    public let start: Timestamp
    public let interval: Int64
    private let series: [SimulatedSeries]
    private let clock: SimulationClock
    private let noise: DeterministicNoise

    /// - Parameter interval: milliseconds between collections, and the step the noise is drawn on; must be positive.
    public init(
        scenario: SimulatorScenario, seed: UInt64 = Simulator.defaultSeed, start: Timestamp = Simulator.defaultStart,
        interval: Int64 = Simulator.defaultInterval
    ) {
        precondition(interval > 0, "the simulator's interval must be positive")
        self.scenario = scenario
        self.seed = seed
        self.start = start
        self.interval = interval
        series = ScenarioTimeline(scenario).series()
        clock = SimulationClock(startSeconds: Double(start) / 1000, stepSeconds: Double(interval) / 1000)
        noise = DeterministicNoise(seed: seed)
    }

    /// Every series at `time`, in a fixed order; none before `start`.
    public func samples(at time: Timestamp) -> [VectorSample] {
        guard time >= start else { return [] }
        let seconds = Double(time - start) / 1000
        return series.map {
            VectorSample(labels: $0.labels, timestamp: time, value: $0.value(at: seconds, clock: clock, noise: noise))
        }
    }

    /// The collection instants from `start` through `start + duration` (milliseconds), one every `interval`.
    public func instants(through duration: Int64) -> StrideThrough<Timestamp> {
        stride(from: start, through: start + max(0, duration), by: Int(interval))
    }

    public func collect(at time: Timestamp) async -> SourceBatch {
        SourceBatch(samples: samples(at: time))
    }
}
extension Simulator: BackfillableSource {}
