import ArgumentParser
import GovernorPolicy

/// `governor check [PATH…]`: loads and validates policy files, prints every problem, exits 1 on any error.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Validate policy files and print every problem as file:line:col: error|warning: message.",
        discussion: """
            Reads Prometheus rule files, Sloth specs and Governor documents (kind: SLOs, Governance, Rules, \
            Forecasts, Sources). Directories are searched recursively for *.yaml and *.yml files. \
            Exits with status 1 when any error is found.
            """
    )

    enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
        case text
        case json
    }

    @Argument(help: "Policy files or directories.")
    var paths: [String] = ["policies/"]

    @Option(help: "Output format: text or json.")
    var format: OutputFormat = .text

    func run() throws {
        var result = PolicyLoader().load(paths: paths)
        // Seam for alerts/ (branch `routing`): routes, receivers, inhibitions and silences, when alerts/ exists.
        result.diagnostics += RoutesCommand.checkDiagnostics()
        // Seam for the compile step (branch `core`): compile `result.policySet` here, append the compiler's
        // diagnostics, and add the graph's node count to the summary.
        let report = CheckReport(result)
        print(format == .json ? report.json : report.text, terminator: "")
        if result.hasErrors { throw ExitCode.failure }
    }
}
