import ArgumentParser
import Foundation
import GovernorCore
import GovernorQuery

/// `governor routes test label=value…`: the receivers a label set reaches, in order, and the path to each.
struct RoutesTestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "test",
        abstract: "Print the receivers a label set reaches, and why.",
        discussion: """
            The first line is what `amtool config routes test` prints: receiver names, comma-separated, in the \
            order the routing tree reaches them. Then, for each, the routes from the root that led there.

            Examples:
              governor routes test severity=critical alertname=GovernanceBreach
              governor routes test --config alertmanager.yml team=db --verify-receivers db-pager
              governor routes test --format json severity=warning

            Exit status: 0 on success, 1 when the configuration has errors or --verify-receivers does not match, \
            64 for bad labels or options.
            """
    )

    @Option(help: ArgumentHelp("An alerts file or directory.", valueName: "path"))
    var config: String = "alerts/"

    @Flag(help: "Also print the whole routing tree.")
    var tree = false

    @Option(
        name: .customLong("verify-receivers"),
        help: ArgumentHelp("Fail unless the receivers are exactly these, comma-separated.", valueName: "a,b"))
    var verifyReceivers: String?

    @Option(help: "Output format: text or json.")
    var format: OutputFormat = .text

    @Argument(help: ArgumentHelp("The alert's labels, as name=value.", valueName: "label=value"))
    var labels: [String] = []

    func validate() throws {
        _ = try alertLabels()
    }

    func run() throws {
        let configuration = try RoutesCommand.loadConfiguration([config])
        let alert = try alertLabels()
        let matches = configuration.route.matches(alert)
        let receivers = matches.map(\.receiver)
        switch format {
        case .json:
            let data = try JSONSerialization.data(withJSONObject: ["receivers": receivers], options: [.sortedKeys])
            print(String(decoding: data, as: UTF8.self))
        case .text:
            print(receivers.joined(separator: ","))
            print(RouteTreeText.explanation(matches, labels: alert), terminator: "")
            if tree {
                print("\nRouting tree:")
                print(RouteTreeText.tree(configuration.route))
            }
        }
        if let verifyReceivers, verifyReceivers != receivers.joined(separator: ",") {
            printError("WARNING: Expected receivers did not match resolved receivers.")
            throw ExitCode.failure
        }
    }

    /// Labels in Alertmanager's matcher syntax, which must all be equality (`name=value` or `name="value"`).
    private func alertLabels() throws -> Labels {
        var pairs: [String: String] = [:]
        var problems: [String] = []
        for text in labels {
            do {
                let matcher = try AlertmanagerMatchers.parse(text)
                guard matcher.type == .equal else {
                    problems.append("'\(text)': labels must be specified as name=value pairs")
                    continue
                }
                pairs[matcher.name] = matcher.value
            } catch {
                problems.append("'\(text)': \(error.message)")
            }
        }
        guard problems.isEmpty else { throw ValidationError(problems.joined(separator: "\n")) }
        return Labels(pairs)
    }
}
