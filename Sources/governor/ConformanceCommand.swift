import ArgumentParser

struct ConformanceCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "conformance",
        abstract: "Check Governor against a reference implementation's own tests.",
        discussion: """
            Example:
              governor conformance promql ../shared/conformance/prometheus-v2.42.0/promql/*.test
            """,
        subcommands: [ConformancePromQLCommand.self]
    )
}
