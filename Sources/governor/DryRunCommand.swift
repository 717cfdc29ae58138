import ArgumentParser
import GovernorCore
import GovernorPolicy
import GovernorPromQLTest
import GovernorQuery
import GovernorRuntime

/// `governor dry-run`: replays a metrics history through the policies and prints what would have happened.
struct DryRunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dry-run",
        abstract: "Replay a metrics history through the policies: every alert state change and every notification.",
        discussion: """
            Every rule group runs on its own schedule (its interval, aligned to multiples of it, or its cron \
            expression) from --from to --to, in dependency order. Nothing is sent: for each alert that starts \
            firing or resolves, the output shows its text (annotations) and the receivers alerts/ routes it to, \
            after inhibition and silences.

            History formats (detected from the name and content): promqltest `load` blocks (.load), NDJSON \
            samples {"labels":{...},"timestamp":<unix seconds>,"value":<number>} (.ndjson), a saved \
            /api/v1/query_range response (.json), and text exposition with millisecond timestamps (.prom).

            Examples:
              governor dry-run --history examples/payment-outage.load
              governor dry-run --history snapshot.prom --from 2023-11-14T22:00:00Z --to 2023-11-14T23:00:00Z
              governor dry-run --history examples/security-flood.load --format json
              governor dry-run --history examples/payment-outage.load --report report.html

            Times are a duration from 0 (90m), Unix seconds or RFC 3339. See docs/dry-run.md.
            """
    )

    @Option(help: ArgumentHelp("The metrics history to replay.", valueName: "file"))
    var history: String

    @OptionGroup var replayArguments: ReplayArguments

    @Option(help: ArgumentHelp("Replay clock step (default: the smallest group interval).", valueName: "duration"))
    var step: String?

    @Option(help: "Output format: text or json.")
    var format: OutputFormat = .text

    @Option(
        help: ArgumentHelp(
            "Also write an HTML report of the replay here (as `governor report` does).", valueName: "file"))
    var report: String?

    func validate() throws {
        var problems = replayArguments.problems
        if let step, stepMilliseconds(step) == nil {
            problems.append("--step \(quotedLabelValue(step)) is not a positive duration such as 30s or 1m")
        }
        if !problems.isEmpty { throw ValidationError(problems.joined(separator: "\n")) }
    }

    func run() throws {
        let inputs = try replayArguments.inputs(history: history)
        let options = try replayArguments.options(for: inputs.history, step: step.flatMap(stepMilliseconds))
        let session: ReplaySession
        do {
            session = try ReportCommand.replay(inputs, options: options)
        } catch {
            printError("error: \(error.message)")
            throw ExitCode.failure
        }
        let replay = session.report
        print(format == .json ? DryRunJSON.render(replay) : DryRunText.render(replay), terminator: "")
        if let report {
            try ReportCommand.write(HistoryReport(historyPath: history, session: session), to: report)
            // Standard error with JSON output, so what a program reads stays one JSON document.
            if format == .json {
                printError("report written to \(report)")
            } else {
                print("report written to \(report)")
            }
        }
    }

    private func stepMilliseconds(_ text: String) -> Int64? {
        guard let milliseconds = PrometheusDuration.parse(text), milliseconds > 0 else {
            return nil
        }
        return milliseconds
    }
}
