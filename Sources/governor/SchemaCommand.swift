import ArgumentParser
import GovernorPolicy

/// `governor schema`: the JSON Schema editors use to complete and validate policy files.
struct SchemaCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "schema",
        abstract: "Print the JSON Schema (draft 2020-12) for policy files; docs/policy.schema.json holds the same text."
    )

    func run() {
        print(PolicySchema.text, terminator: "")
    }
}
