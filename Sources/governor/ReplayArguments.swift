import ArgumentParser
import GovernorPolicy
import GovernorRuntime

/// The options `dry-run` and `report` share, declared once and used through `@OptionGroup`: the policies and
/// routes a history is replayed through, and the window replayed. `--history` stays with each command, whose help
/// says what it reads.
struct ReplayArguments: ParsableArguments {
    @Option(help: ArgumentHelp("Policy file or directory.", valueName: "path"))
    var policies: String = "policies/"

    @Option(help: ArgumentHelp("Routing configuration (default: alerts/ when it exists).", valueName: "path"))
    var alerts: String?

    @Option(help: ArgumentHelp("First instant to evaluate (default: the history's first sample).", valueName: "time"))
    var from: String?

    @Option(help: ArgumentHelp("Last instant to evaluate (default: the history's last sample).", valueName: "time"))
    var to: String?

    /// What is wrong with `--from` and `--to`. Not a `validate()`: the commands report these together with their
    /// own problems, all at once, and a group's `validate()` would throw before theirs ran.
    var problems: [String] {
        var problems: [String] = []
        for (option, text) in [("--from", from), ("--to", to)] {
            guard let text else { continue }
            do { _ = try ReplayText.parseTime(text, option: option) } catch { problems.append("\(error)") }
        }
        return problems
    }

    /// The policies, routes and history, loaded; every error is printed and fails the command.
    func inputs(history: String) throws -> ReplayInputs {
        try ReplayInputs.load(history: history, policies: policies, alerts: alerts)
    }

    /// The replay window, defaulting to the history's first and last samples, at `step` (nil: the smallest group
    /// interval).
    func options(for history: History, step: Int64?) throws -> ReplayOptions {
        ReplayOptions(
            from: try from.map { try ReplayText.parseTime($0, option: "--from") } ?? history.firstTimestamp ?? 0,
            to: try to.map { try ReplayText.parseTime($0, option: "--to") } ?? history.lastTimestamp ?? 0,
            step: step)
    }
}
