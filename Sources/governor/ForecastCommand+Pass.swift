import ArgumentParser
import GovernorForecast
import GovernorForecastLLM
import GovernorPolicy
import GovernorQuery
import GovernorRuntime

extension ForecastCommand {
    /// One pass: replay the history (`--history`, or what the configured sources give for the last `--window`)
    /// through the policies up to the forecast's time, then run every forecast there.
    func runPass(_ inputs: ForecastInputs) async throws {
        let loaded: History
        let name: String
        if let path = history {
            do {
                loaded = try HistoryReader.read(path: path)
            } catch {
                printError(error.description)
                throw ExitCode.failure
            }
            name = path
        } else {
            loaded = try await collectConfiguredSources(inputs)
            name = "the sources in \(policies)"
        }
        guard let first = loaded.firstTimestamp, let last = loaded.lastTimestamp else {
            printError("error: \(name) gave no samples")
            throw ExitCode.failure
        }
        let time = at.flatMap(EvaluationTime.parse) ?? last
        let session: ReplaySession
        do {
            var replay = try ReplaySession(
                policy: inputs.policy, history: loaded.storage,
                options: ReplayOptions(from: min(first, time), to: time))
            replay.advance(through: time)
            session = replay
        } catch {
            printError("error: \(error.message)")
            throw ExitCode.failure
        }
        let runner = ForecastRunner(environment: inputs.environment)
        var results: [ForecastPassResult] = []
        for declaration in inputs.forecasts {
            let snapshot = SnapshotReader().read(
                declaration, at: time, storage: session.storage, engine: session.runtime.engine)
            results.append(
                ForecastPassResult(run: await runner.run(declaration, snapshot: snapshot), snapshot: snapshot))
        }
        print(format == .json ? ForecastPassResult.json(results) : results.map(\.text).joined(separator: "\n"))
    }
}
