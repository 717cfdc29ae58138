import Foundation
import GovernorCore
import GovernorForecast
import GovernorForecastLLM
import GovernorQuery
import GovernorReceivers
import GovernorRuntime

extension DaemonCore {
    /// Takes the forecasts of a newly loaded policy (at start and on every reload).
    func configureForecasts(_ forecasts: [ForecastDeclaration], at time: Timestamp) {
        if forecasting.runner == nil {
            forecasting.runner = ForecastRunner(environment: configuration.environment)
            forecasting.log = NDJSONFile(
                path: "\(configuration.logsDirectory)/predictive_maintenance.ndjson",
                maximumBytes: configuration.logMaximumBytes, keep: configuration.logFilesKept)
        }
        forecasting.configure(forecasts, at: time)
    }

    /// One step's forecasting, before the groups are evaluated: the held forecasts are written at `now`, then every
    /// forecast due runs. A run that needs no network (no model, or no key) finishes here, in step with the clock;
    /// one that asks a language model runs beside the loop and is adopted when it ends, so a slow model never
    /// holds up a tick.
    func runForecasts(at now: Timestamp) {
        guard let runner = forecasting.runner else { return }
        for (declaration, time) in forecasting.due(at: now) {
            startForecast(declaration, at: time, runner: runner)
        }
        let held = forecasting.heldSamples(at: now)
        writingStore { $0.ingest(held) }
    }

    /// Runs one forecast at `time`; returns false when it was skipped because a language model is still answering
    /// its previous run.
    @discardableResult
    func startForecast(_ declaration: ForecastDeclaration, at time: Timestamp, runner: ForecastRunner) -> Bool {
        let snapshot = SnapshotReader().read(declaration, at: time, storage: runtime.storage, engine: runtime.engine)
        if let run = runner.runWithoutNetwork(declaration, snapshot: snapshot) {
            adoptForecast(run, outputs: declaration.outputs)
        } else if forecasting.waiting.contains(declaration.name) {
            say(
                "\(DaemonText.time(time))  \(DaemonText.pad("FORECAST"))\(declaration.name) skipped: the "
                    + "language model has not answered the previous run yet")
            return false
        } else {
            forecasting.waiting.insert(declaration.name)
            Task {
                let run = await runner.run(declaration, snapshot: snapshot)
                await self.adoptForecast(run, outputs: declaration.outputs)
            }
        }
        return true
    }

    /// Holds a finished run's series until the next run, logs it, and says what it found.
    func adoptForecast(_ run: ForecastRun, outputs: [String]) {
        forecasting.waiting.remove(run.name)
        forecasting.held[run.name] = run.samples(outputs: outputs, at: run.time)
        say(DaemonForecastText.line(run))
        guard let log = forecasting.log else { return }
        do {
            try log.append(Data(PredictiveMaintenanceLine(run).json.utf8))
        } catch {
            FileHandle.standardError.write(Data("governor: cannot write \(log.path): \(error)\n".utf8))
        }
    }
}
