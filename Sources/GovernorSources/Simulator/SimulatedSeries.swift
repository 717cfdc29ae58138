import GovernorQuery

/// One series the simulator exposes: its labels (metric name included) and how its value follows from time.
struct SimulatedSeries: Sendable {
    var labels: Labels
    var model: Model

    enum Model: Sendable {
        /// A counter: the sum of its event streams (a histogram bucket sums the finer buckets below it).
        case counter([EventStream])
        /// A gauge: a shape plus bounded noise, rounded to `1 / unitsPerValue` (whole bytes, hundredths of load).
        case gauge(GaugeShape, noise: Double, key: UInt64, unitsPerValue: Double)
    }

    /// The value `seconds` after the scenario started, `step` being the last collection step at or before it.
    func value(at seconds: Double, clock: SimulationClock, noise: DeterministicNoise) -> Double {
        switch model {
        case .counter(let streams):
            return streams.reduce(0) { $0 + $1.count(at: seconds, clock: clock, noise: noise) }
        case .gauge(let shape, let amplitude, let key, let unitsPerValue):
            let level = shape.value(at: seconds, clock: clock)
            guard amplitude > 0 else { return level }
            let noisy = max(0, level + amplitude * noise.signed(series: key, step: clock.step(at: seconds)))
            return (noisy * unitsPerValue).rounded() / unitsPerValue
        }
    }
}

/// The steps the simulator's noise is drawn on, and the instant it started.
struct SimulationClock: Sendable, Hashable {
    /// Unix seconds at the scenario's start.
    var startSeconds: Double
    /// Seconds between two steps.
    var stepSeconds: Double

    func step(at seconds: Double) -> Int64 { Int64((seconds / stepSeconds).rounded(.down)) }
}

/// Events at a rate that changes in steps (requests, failed payments, revenue in cents), counted as a real exporter
/// counts them: in whole units, never decreasing.
///
/// The count is `floor(expected + jitter)`, where `expected` is the rate's integral (closed form) and `jitter` is
/// deterministic noise interpolated linearly between steps. The jitter's amplitude is at most 0.9 of what the
/// slowest rate adds in one step, so its slope never outweighs the rate and the count never goes down; below that
/// it is about two standard deviations of a Poisson count, so busy counters wobble as real traffic does.
struct EventStream: Sendable {
    var rate: StepFunction
    var key: UInt64
    /// How many counted units make one unit of the value: 1 for events, 100 for revenue kept in cents.
    var unitsPerValue: Double = 1

    func count(at seconds: Double, clock: SimulationClock, noise: DeterministicNoise) -> Double {
        guard seconds > 0 else { return 0 }
        let expected = rate.integral(to: seconds) * unitsPerValue
        let slowestStep = max(0, rate.minimum) * clock.stepSeconds * unitsPerValue
        let amplitude = min(0.9 * slowestStep, 2 * slowestStep.squareRoot())
        var jitter = 0.0
        if amplitude > 0 {
            let step = clock.step(at: seconds)
            let fraction = seconds / clock.stepSeconds - Double(step)
            // Step 0 has no jitter, so every counter starts at 0.
            let here = step == 0 ? 0 : noise.unit(series: key, step: step)
            let next = noise.unit(series: key, step: step + 1)
            jitter = amplitude * (here + (next - here) * fraction)
        }
        return (expected + jitter).rounded(.down) / unitsPerValue
    }
}

/// How a gauge moves before noise.
enum GaugeShape: Sendable {
    /// Follows a step function (memory in use, load).
    case level(StepFunction)
    /// Starts at `from` and drains at `rate` per second, never below zero (free disk space).
    case draining(from: Double, rate: StepFunction)
    /// The Unix time of the last beat, one beat every `period` seconds, until the beats stop at `stopsAt`.
    case heartbeat(period: Double, stopsAt: Double?)

    func value(at seconds: Double, clock: SimulationClock) -> Double {
        switch self {
        case .level(let level):
            return level.value(at: seconds)
        case .draining(let from, let rate):
            return max(0, from - rate.integral(to: seconds))
        case .heartbeat(let period, let stopsAt):
            let last = min(max(0, seconds), stopsAt ?? .infinity)
            return clock.startSeconds + (last / period).rounded(.down) * period
        }
    }
}
