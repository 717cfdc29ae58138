import ArgumentParser
import Foundation
import GovernorCore
import GovernorPolicy

/// `governor check [PATH…]`: loads, validates and compiles policy files (and alerts/), prints every problem,
/// exits 1 on any error.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Validate policy files and print every problem as file:line:col: error|warning: message.",
        discussion: """
            Reads Prometheus rule files, Sloth specs and Governor documents (kind: SLOs, Governance, Rules, \
            Forecasts, Sources). Directories are searched recursively for *.yaml and *.yml files. When the files \
            load cleanly they are compiled into the rule graph, which adds checks that need every file at once: \
            cycles (with the whole path), series no rule or source produces, types of rule expressions. The \
            routing configuration in --alerts is checked too, when that directory exists.

            Exits with status 1 when any error is found.

            Examples:
              governor check
              governor check policies/ --format json
              governor check my-rules.yml --alerts none
            """
    )

    @Argument(help: "Policy files or directories.")
    var paths: [String] = ["policies/"]

    @Option(help: "Directory of routes and receivers to check too, or 'none'.")
    var alerts: String = "alerts/"

    @Option(help: "Output format: text or json.")
    var format: CheckOutputFormat = .text

    func run() throws {
        let result = PolicyLoader().load(paths: paths)
        // Validation needs the graph's checks, not its evaluation plan.
        let compiled =
            result.hasErrors ? nil : PolicyCompiler(planSharedSubexpressions: false).compile(result.policySet)
        let alertDiagnostics = alerts == "none" ? [] : RoutesCommand.checkDiagnostics(directory: alerts)
        let report = CheckReport(result, compiled: compiled, extraDiagnostics: alertDiagnostics)
        print(format == .json ? report.json : report.text, terminator: "")
        if report.hasErrors { throw ExitCode.failure }
    }
}

enum CheckOutputFormat: String, ExpressibleByArgument, CaseIterable {
    case text
    case json
}
