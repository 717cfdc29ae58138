import ArgumentParser
import GovernorCore

/// `governor routes show`: the routing tree, as `amtool config routes show` prints it.
struct RoutesShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Print the routing tree, as `amtool config routes show` does."
    )

    @Option(help: ArgumentHelp("An alerts file or directory.", valueName: "path"))
    var config: String = "alerts/"

    func run() throws {
        let configuration = try RoutesCommand.loadConfiguration([config])
        print("Routing tree:")
        print(RouteTreeText.tree(configuration.route))
    }
}
