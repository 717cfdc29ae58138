import ArgumentParser
import Foundation
import GovernorQuery
import GovernorSources

/// `governor forecast`: one forecast pass now, or a backtest that scores the forecasters on replayed histories.
struct ForecastCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "forecast",
        abstract: "Run one predictive pass, or backtest the forecasters on recorded or simulated histories.",
        discussion: """
            The forecasts are declared in policies/forecasts.yaml (kind: Forecasts): their inputs, the components \
            they may predict failures of, the horizon, the risk table and, optionally, an OpenAI-compatible \
            language model. A pass collects the last --window from the sources policies/sources.yaml declares \
            (those that can give the past, such as the simulator, for the whole window; the others once), or \
            reads --history, replays it through the policies up to --at, and reads every component (least-squares trends, seasonal baselines, error budgets) and prints \
            the risk level, the predicted failures and which forecaster answered. The language model is asked \
            only when the environment variable its `api_key_env` names is set; whenever it is absent, slow, \
            wrong or over budget, the statistical forecaster answers and the reason is printed.

            --backtest replays each history, forecasts every --every, and scores each forecaster against the \
            alerts that actually fired: precision, recall and lead time at MEDIUM, HIGH and CRITICAL. A history \
            is a file (any format dry-run reads) or a simulator scenario (see `governor simulate --list`); \
            `scenarios` backtests them all.

            Examples:
              governor forecast
              governor simulate disk-filling --to disk.ndjson
              governor forecast --history disk.ndjson
              governor forecast --history disk.ndjson --at 2025-01-01T00:20:00Z --format json
              governor forecast --backtest scenarios
              governor forecast --backtest payment-outage --backtest disk.ndjson --every 10m
              GOVERNOR_LLM_API_KEY=… governor forecast --backtest scenarios

            See docs/policy-reference.md (kind: Forecasts).
            """
    )

    @Option(help: ArgumentHelp("The metrics history to forecast from (any format dry-run reads).", valueName: "file"))
    var history: String?

    @Option(
        help: ArgumentHelp("When to forecast (default: now, or the history's last sample).", valueName: "time"))
    var at: String?

    @Option(
        help: ArgumentHelp(
            "Without --history: how much past the configured sources are read for.", valueName: "duration"))
    var window: String = "2h"

    @Option(
        help: ArgumentHelp(
            "Backtest on a history file, a simulator scenario, or `scenarios` for all of them; repeatable.",
            valueName: "history"))
    var backtest: [String] = []

    @Option(help: ArgumentHelp("Backtest: time between two forecasts.", valueName: "duration"))
    var every: String = "5m"

    @Option(help: ArgumentHelp("Backtest: how much of each scenario to simulate.", valueName: "duration"))
    var duration: String = "2h"

    @Option(help: ArgumentHelp("Policy file or directory.", valueName: "path"))
    var policies: String = "policies/"

    @Option(help: ArgumentHelp("Only the forecast with this name (default: all).", valueName: "name"))
    var forecast: String?

    @Option(help: "Output format: text or json.")
    var format: OutputFormat = .text

    func validate() throws {
        var problems: [String] = []
        if history != nil, !backtest.isEmpty {
            problems.append("use --history for one pass or --backtest to score a replay, not both")
        }
        if let at, EvaluationTime.parse(at) == nil {
            problems.append(
                "--at \(quotedLabelValue(at)) is not a time: use a duration from 0 such as 30m, Unix seconds, or "
                    + "RFC 3339 such as 2025-01-01T00:30:00Z")
        }
        if (PrometheusDuration.parse(every) ?? 0) <= 0 {
            problems.append("--every \(quotedLabelValue(every)) is not a positive duration such as 5m")
        }
        if (PrometheusDuration.parse(window) ?? 0) <= 0 {
            problems.append("--window \(quotedLabelValue(window)) is not a positive duration such as 2h")
        }
        if (PrometheusDuration.parse(duration) ?? 0) <= 0 {
            problems.append("--duration \(quotedLabelValue(duration)) is not a positive duration such as 2h")
        }
        for name in backtest where name != "scenarios" && !FileManager.default.fileExists(atPath: name) {
            if SimulatorScenario(rawValue: name) == nil {
                let scenarios = SimulatorScenario.allCases.map(\.rawValue)
                problems.append(
                    "--backtest \(quotedLabelValue(name)) is neither a file nor a scenario ("
                        + (["scenarios"] + scenarios).joined(separator: ", ") + ")")
            }
        }
        if !problems.isEmpty { throw ValidationError(problems.joined(separator: "\n")) }
    }

    func run() async throws {
        let inputs = try ForecastInputs.load(policies: policies, only: forecast)
        if backtest.isEmpty {
            try await runPass(inputs)
        } else {
            try await runBacktest(inputs)
        }
    }
}
