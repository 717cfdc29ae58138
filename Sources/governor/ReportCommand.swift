import ArgumentParser
import Foundation
import GovernorPolicy
import GovernorQuery
import GovernorRuntime

/// `governor report`: replays a history as `dry-run` does and writes one self-contained HTML page of it.
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Replay a metrics history and write an HTML report: alert timeline, compliance index, SLIs, budgets.",
        discussion: """
            The report is one HTML file with its charts drawn inline as SVG: it needs no network and no script to \
            view, and can be mailed or attached to a ticket. It shows the same replay as `governor dry-run` with \
            the same options: every alert's pending and firing spans with its notifications marked, the \
            compliance index against 70, and each objective's SLI against its target and its error budget.

            Examples:
              governor report --history examples/payment-outage.load --out report.html
              governor dry-run --history examples/payment-outage.load --report report.html

            See docs/dashboard.md.
            """
    )

    @Option(help: ArgumentHelp("The metrics history to replay (the formats dry-run reads).", valueName: "file"))
    var history: String

    @Option(help: ArgumentHelp("Where to write the HTML report.", valueName: "file"))
    var out: String

    @OptionGroup var replayArguments: ReplayArguments

    func validate() throws {
        var problems = replayArguments.problems
        if out.isEmpty { problems.append("--out needs a file name, such as report.html") }
        if !problems.isEmpty { throw ValidationError(problems.joined(separator: "\n")) }
    }

    func run() throws {
        let inputs = try replayArguments.inputs(history: history)
        let options = try replayArguments.options(for: inputs.history, step: nil)
        let session: ReplaySession
        do {
            session = try Self.replay(inputs, options: options)
        } catch {
            printError("error: \(error.message)")
            throw ExitCode.failure
        }
        try Self.write(HistoryReport(historyPath: history, session: session), to: out)
        print("report written to \(out)")
    }

    static func replay(_ inputs: ReplayInputs, options: ReplayOptions) throws(RuntimeError) -> ReplaySession {
        var session = try ReplaySession(
            policy: inputs.policy, history: inputs.history.storage, options: options, alerting: inputs.alerting)
        session.advance(through: options.to)
        return session
    }

    static func write(_ report: HistoryReport, to path: String) throws {
        do {
            try report.html.write(toFile: path, atomically: true, encoding: .utf8)
        } catch {
            printError("error: cannot write the report to \(path): \(error.localizedDescription)")
            throw ExitCode.failure
        }
    }
}
