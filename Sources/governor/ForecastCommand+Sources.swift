import ArgumentParser
import Foundation
import GovernorCore
import GovernorPolicy
import GovernorQuery
import GovernorSources

extension ForecastCommand {
    /// The last `--window` from the sources the policies declare, as a history: sources that can collect the past
    /// (the simulator) at every one of their instants, the others (`/proc`, scrape targets, tails) once, now.
    func collectConfiguredSources(_ inputs: ForecastInputs) async throws -> History {
        guard let length = PrometheusDuration.parse(window) else { throw ExitCode.validationFailure }
        let time = at.flatMap(EvaluationTime.parse) ?? Timestamp(Date().timeIntervalSince1970 * 1_000)
        let sources: [any MetricSource]
        do {
            sources = try SourceFactory(positionStore: InMemoryTailPositionStore()).sources(
                for: inputs.sources, simulatorStart: time - length)
        } catch {
            printError("error: \(error.description)")
            throw ExitCode.failure
        }
        if sources.isEmpty {
            printError("error: \(policies) declares no source (kind: Sources); name one with --history FILE")
            throw ExitCode.failure
        }
        var samples: [VectorSample] = []
        for source in sources {
            if source is any BackfillableSource {
                let interval = max(1, source.interval)
                let first = (time - length + interval - 1) / interval * interval
                for instant in stride(from: first, through: time, by: Int(interval)) {
                    samples += await source.collect(at: instant).samples
                }
            } else {
                let batch = await source.collect(at: time)
                if let error = batch.error { printError("warning: source \(source.name): \(error)") }
                samples += batch.samples
            }
        }
        return History(samples: samples)
    }
}
