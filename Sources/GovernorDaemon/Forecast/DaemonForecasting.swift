import GovernorCore
import GovernorForecast
import GovernorForecastLLM
import GovernorQuery
import GovernorReceivers
import GovernorRuntime

/// The forecasts `governor run` keeps: their schedule, the latest run of each (held as series until the next one
/// replaces it, so rules read a forecast all hour and its alert does not resolve between runs), and the runs still
/// waiting for a language model. A value the core owns; the core does the I/O.
struct DaemonForecasting: Sendable {
    var declarations: [ForecastDeclaration] = []
    var scheduler: TickScheduler?
    /// By forecast name: the latest run's samples, re-stamped at every step.
    var held: [String: [VectorSample]] = [:]
    /// The last instant the held samples were written at, so no series gets two samples at one time.
    var heldAt: Timestamp = .min
    /// Forecasts whose language model has not answered yet; a run due meanwhile is skipped, not queued.
    var waiting: Set<String> = []
    var runner: ForecastRunner?
    var log: NDJSONFile?

    /// Adopts the forecasts of a (re)loaded policy; unchanged declarations keep their schedule.
    mutating func configure(_ forecasts: [ForecastDeclaration], at time: Timestamp) {
        guard forecasts != declarations else { return }
        declarations = forecasts
        scheduler = try? TickScheduler(schedules: forecasts.map(\.schedule), startingAt: time)
        let names = Set(forecasts.map(\.name))
        held = held.filter { names.contains($0.key) }
    }

    /// The forecasts due at `now`, each with the instant it is due at.
    mutating func due(at now: Timestamp) -> [(declaration: ForecastDeclaration, time: Timestamp)] {
        guard var scheduler else { return [] }
        let due = scheduler.due(at: now)
        self.scheduler = scheduler
        return due.map { (declarations[$0.job], $0.time) }
    }

    /// The held samples to write at `now`, stamped with it; none when they were written at this instant already.
    mutating func heldSamples(at now: Timestamp) -> [VectorSample] {
        guard now > heldAt, !held.isEmpty else { return [] }
        heldAt = now
        return held.keys.sorted().flatMap { name in
            held[name]!.map { VectorSample(labels: $0.labels, timestamp: now, value: $0.value) }
        }
    }
}
