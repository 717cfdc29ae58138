import ArgumentParser
import GovernorCore
import GovernorPolicy
import GovernorQuery
import GovernorRuntime

/// `governor explain ALERT --at TIME`: replays the history up to TIME and shows why the alert is or is not firing.
struct ExplainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explain",
        abstract: "Show why an alert is or isn't firing at a time: its inputs' values, threshold and `for` timer.",
        discussion: """
            Replays --history through the policies up to --at (exactly as dry-run does), then prints the alert's \
            state, the comparison its expression ends in with the measured values, each instance's timers \
            (pending since, fires at, keep_firing_for, whether the clear condition holds), and every rule-graph \
            node on the alert's path with its value at that time.

            Example:
              governor explain PaymentFailureRateHigh --at 70m --history examples/payment-outage.load
            """
    )

    @Argument(help: "The alert's name (alertname).")
    var alert: String

    @Option(help: ArgumentHelp("When: a duration from 0 (70m), Unix seconds or RFC 3339.", valueName: "time"))
    var at: String

    @Option(help: ArgumentHelp("The metrics history to replay.", valueName: "file"))
    var history: String

    @Option(help: ArgumentHelp("Policy file or directory.", valueName: "path"))
    var policies: String = "policies/"

    @Option(help: ArgumentHelp("Replay from here (default: the history's first sample).", valueName: "time"))
    var from: String?

    func validate() throws {
        var problems: [String] = []
        for (option, text) in [("--at", at), ("--from", from)] {
            guard let text else { continue }
            do { _ = try ReplayText.parseTime(text, option: option) } catch { problems.append("\(error)") }
        }
        if alert.isEmpty { problems.append("the alert name is empty") }
        if !problems.isEmpty { throw ValidationError(problems.joined(separator: "\n")) }
    }

    func run() throws {
        let inputs = try ReplayInputs.load(history: history, policies: policies, alerts: nil)
        let time = try ReplayText.parseTime(at, option: "--at")
        let start =
            try from.map { try ReplayText.parseTime($0, option: "--from") } ?? inputs.history.firstTimestamp ?? 0
        do {
            let session = try ReplaySession(
                policy: inputs.policy, history: inputs.history.storage,
                options: ReplayOptions(from: min(start, time), to: time))
            let explanations = try AlertExplainer().explain(alert, at: time, session: session)
            print(explanations.map(ExplainText.render).joined(separator: "\n"), terminator: "")
        } catch {
            printError("error: \(error.message)")
            throw ExitCode.failure
        }
    }
}
