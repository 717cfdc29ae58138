import ArgumentParser
import GovernorCore
import GovernorPolicy

/// `governor graph`: prints the compiled rule graph.
struct GraphCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "graph",
        abstract: "Print the compiled rule graph as text, Graphviz dot or Mermaid.",
        discussion: """
            Nodes are source series, recording rules (yours and those generated from SLOs and the governance \
            section), alerts and forecasts; an edge means "reads a series the other node writes". The text format \
            also lists each group's evaluation order, the sub-expressions shared by several rules, and how much \
            history each input series must keep.

            Examples:
              governor graph
              governor graph policies/ --format dot | dot -Tsvg > graph.svg
              governor graph --format mermaid
            """
    )

    enum GraphOutput: String, ExpressibleByArgument, CaseIterable {
        case text, dot, mermaid
    }

    @Argument(help: "Policy files or directories.")
    var paths: [String] = ["policies/"]

    @Option(help: "Output format: text, dot or mermaid.")
    var format: GraphOutput = .text

    func run() throws {
        let loaded = ConfigurationLoader.commandLine().load(policies: paths, alerts: [])
        guard !loaded.printErrors(), let compiled = loaded.policy else { throw ExitCode.failure }
        let graphFormat: GraphFormat =
            switch format {
            case .text: .text
            case .dot: .dot
            case .mermaid: .mermaid
            }
        print(compiled.graph.render(graphFormat), terminator: "")
    }
}
