import ArgumentParser

/// `governor routes`: inspect the routing tree of `alerts/`.
struct RoutesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "routes",
        abstract: "Show the routing tree of alerts/ and test which receivers a label set reaches.",
        discussion: """
            Reads Alertmanager configuration files (accepted unchanged) and Governor's receivers from alerts/. \
            Routing follows Alertmanager: `governor routes test` prints the same first line as \
            `amtool config routes test`.
            """,
        subcommands: [RoutesTestCommand.self, RoutesShowCommand.self],
        defaultSubcommand: RoutesShowCommand.self
    )
}
