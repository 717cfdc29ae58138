import ArgumentParser
import Foundation
import GovernorCore
import GovernorForecast
import GovernorForecastLLM
import GovernorPolicy
import GovernorQuery
import GovernorRuntime
import GovernorSources

extension ForecastCommand {
    /// Replays each history, forecasts every `--every`, and scores each forecaster against the alerts that fired.
    func runBacktest(_ inputs: ForecastInputs) async throws {
        guard let step = PrometheusDuration.parse(every), let length = PrometheusDuration.parse(duration) else {
            throw ExitCode.validationFailure
        }
        let histories = try backtestHistories(length: length)
        let total = histories.reduce(0) { $0 + Self.instants(of: $1.history, every: step).count }
        var progress = ProgressBar(total: total * inputs.forecasts.count)
        var reports: [BacktestReport] = []
        for (name, history) in histories {
            // Each history is its own timeline: the scenarios share their clock times, so one hourly budget across
            // them would be spent by the first.
            let runner = ForecastRunner(environment: inputs.environment)
            var session: ReplaySession
            do {
                session = try ReplaySession(
                    policy: inputs.policy, history: history.storage,
                    options: ReplayOptions(from: history.firstTimestamp!, to: history.lastTimestamp!))
            } catch {
                printError("error: \(name): \(error.message)")
                throw ExitCode.failure
            }
            var collected = inputs.forecasts.map { BacktestReport(history: name, forecast: $0.name) }
            for time in Self.instants(of: history, every: step) {
                session.advance(through: time)
                for (index, declaration) in inputs.forecasts.enumerated() {
                    let snapshot = SnapshotReader().read(
                        declaration, at: time, storage: session.storage, engine: session.runtime.engine)
                    let statistical = StatisticalForecaster(table: declaration.risk).forecast(snapshot)
                    collected[index].statistical.append((time, statistical.risk))
                    if inputs.asksModel(declaration) {
                        let run = await runner.run(Self.liftingHourlyCaps(declaration, every: step), snapshot: snapshot)
                        collected[index].record(run)
                    }
                    progress.advance(label: name)
                }
            }
            session.advance(through: history.lastTimestamp!)
            let incidents = BacktestIncident.episodes(Self.incidents(in: session.report))
            for (index, declaration) in inputs.forecasts.enumerated() {
                collected[index].score(incidents: incidents, horizon: declaration.horizon)
            }
            reports += collected
        }
        progress.finish()
        for declaration in inputs.forecasts {
            guard let settings = declaration.languageModel, !inputs.asksModel(declaration) else { continue }
            print("\(declaration.name): llm not asked: \(settings.apiKeyVariable) is not set; statistical only")
        }
        print(format == .json ? BacktestReport.json(reports) : BacktestReport.text(reports))
    }

    /// The histories named by `--backtest`: files as they are, scenarios simulated for `--duration`.
    private func backtestHistories(length: Int64) throws -> [(name: String, history: History)] {
        var histories: [(name: String, history: History)] = []
        for name in backtest {
            if name == "scenarios" {
                histories += SimulatorScenario.allCases.map { ($0.rawValue, Self.simulate($0, length: length)) }
            } else if let scenario = SimulatorScenario(rawValue: name), !FileManager.default.fileExists(atPath: name) {
                histories.append((name, Self.simulate(scenario, length: length)))
            } else {
                do {
                    histories.append((name, try HistoryReader.read(path: name)))
                } catch {
                    printError(error.description)
                    throw ExitCode.failure
                }
            }
        }
        for (name, history) in histories where history.firstTimestamp == nil {
            printError("error: \(name) holds no samples")
            throw ExitCode.failure
        }
        return histories
    }

    private static func simulate(_ scenario: SimulatorScenario, length: Int64) -> History {
        let simulator = Simulator(scenario: scenario)
        return History(samples: simulator.instants(through: length).flatMap { simulator.samples(at: $0) })
    }

    /// Forecast times: every `every` after the first sample, through the last.
    static func instants(of history: History, every: Int64) -> [Timestamp] {
        guard let first = history.firstTimestamp, let last = history.lastTimestamp, first + every <= last else {
            return []
        }
        return Array(stride(from: first + every, through: last, by: Int(every)))
    }

    /// A backtest replays hours in minutes: one call per forecast must fit the hourly caps, or every forecast after
    /// the first few would be a fallback and the model would not be scored at all.
    static func liftingHourlyCaps(_ declaration: ForecastDeclaration, every: Int64) -> ForecastDeclaration {
        guard var settings = declaration.languageModel else { return declaration }
        let callsPerHour = Int((3_600_000 + every - 1) / every) * (settings.retries + 1)
        settings.maxCallsPerHour = max(settings.maxCallsPerHour, callsPerHour)
        settings.maxTokensPerHour = max(
            settings.maxTokensPerHour, callsPerHour * (settings.maxTokens + settings.maxPromptCharacters / 2))
        var lifted = declaration
        lifted.languageModel = settings
        return lifted
    }

    /// Every alert that fired, from firing to resolved; the forecaster's own alert is what is being scored, not
    /// what happened.
    static func incidents(in report: ReplayReport) -> [BacktestIncident] {
        var open: [Labels: BacktestIncident] = [:]
        var incidents: [BacktestIncident] = []
        for change in report.stateChanges where change.alertName != "ForecastRisk" {
            switch change.change {
            case .fired:
                open[change.labels] = BacktestIncident(alert: change.alertName, start: change.time, end: nil)
            case .resolved:
                if var incident = open.removeValue(forKey: change.labels) {
                    incident.end = change.time
                    incidents.append(incident)
                }
            default: break
            }
        }
        return incidents + open.values
    }
}
