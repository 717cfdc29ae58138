import ArgumentParser

@main
struct Governor: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "governor",
        abstract: "A governance engine for production operations, driven by declarative YAML policies.",
        subcommands: [CheckCommand.self, SchemaCommand.self]
    )
}
