import ArgumentParser
import Foundation
import GovernorConsole
import GovernorStore

/// `governor console`: ask the daemon in your own words. One request as an argument, or a REPL without one.
struct ConsoleCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "console",
        abstract: "The admin console: plain-language requests mapped to typed, allowlisted intents.",
        discussion: """
            Reading intents answer at once: status, audit, payments, slo (KPIs, error budgets, burn rates), \
            forecast, alerts, explain ALERT, routes LABEL=VALUE… Changing intents (silence, expire silence, run \
            governance, run the forecast, pause/resume a group, reload) ask y/N first, or take --yes in scripts, \
            and say how to undo them. Type `help` in the console for every intent and its synonyms.

            A keyword grammar reads the request; only what it cannot place goes to a language model, and only \
            when --llm-url is given (key from $GOVERNOR_LLM_API_KEY). The model may only pick one intent of the \
            allowlist, with typed arguments; its answer is validated, and free text is never run.

            It talks to the daemon at --url with the dashboard key ($GOVERNOR_DASH_KEY, --dash-key-file, or the \
            dash.key beside --state). When no daemon answers, alerts, audit, governance and routes are read \
            offline from the state database and logs; the rest says it needs the daemon.

            Every request is appended to logs/ai_console.ndjson, refused and unclear ones too; keys never are.

            Examples:
              governor console "show system status"
              governor console --format json "check slo"
              governor console --yes "silence PaymentsDown for 2h"
              governor console                       (interactive: history, tab completion, help)

            Exit status: 0 answered or done, 1 failed or not confirmed, 2 not understood, 64 bad options.
            """
    )

    @Option(help: ArgumentHelp("The daemon's HTTP address.", valueName: "url"))
    var url: String = "http://127.0.0.1:9097"

    @Option(help: ArgumentHelp("A file holding the dashboard key.", valueName: "file"))
    var dashKeyFile: String?

    @Option(help: ArgumentHelp("The daemon's state file, for offline answers and its dash.key.", valueName: "file"))
    var state: String = GovernorDatabase.defaultPath

    @Option(help: ArgumentHelp("Directory of the NDJSON logs (ai_console.ndjson is written there).", valueName: "dir"))
    var logs: String = "logs"

    @Option(help: ArgumentHelp("Routes and receivers, for the routes intent.", valueName: "path"))
    var alerts: String = "alerts/"

    @Option(help: ArgumentHelp("An OpenAI-compatible API for requests the grammar cannot place.", valueName: "url"))
    var llmURL: String?

    @Option(help: "The model to ask.")
    var llmModel: String = "gpt-4o-mini"

    @Option(help: ArgumentHelp("The environment variable holding the model's API key.", valueName: "name"))
    var llmKeyEnv: String = "GOVERNOR_LLM_API_KEY"

    @Option(help: "Structured output dialect: json_schema (OpenAI) or json_object (llama.cpp).")
    var llmStructuredOutput: String = "json_schema"

    @Flag(help: "Confirm changing intents without asking (for scripts).")
    var yes = false

    @Option(help: "Output format: text or json.")
    var format: OutputFormat = .text

    @Argument(help: ArgumentHelp("The request; without one the console runs interactively.", valueName: "request"))
    var request: [String] = []

    func validate() throws {
        var problems: [String] = []
        if URL(string: url)?.host == nil {
            problems.append("--url \(url) is not an address such as http://127.0.0.1:9097")
        }
        if let llmURL, URL(string: llmURL)?.host == nil { problems.append("--llm-url \(llmURL) is not a URL") }
        if !["json_schema", "json_object"].contains(llmStructuredOutput) {
            problems.append("--llm-structured-output must be json_schema or json_object")
        }
        if request.isEmpty && format == .json { problems.append("--format json needs a request (the REPL is text)") }
        guard problems.isEmpty else { throw ValidationError(problems.joined(separator: "\n")) }
    }

    func run() async throws {
        let session = try await ConsoleSession.open(self)
        if request.isEmpty {
            try await ConsoleREPL(session: session).run()
            return
        }
        let result = await session.handle(request.joined(separator: " "), confirm: nil)
        switch format {
        case .json: print(result.json)
        case .text: print(result.text(style: ConsoleStyle.standardOutput))
        }
        if result.exitCode != 0 { throw ExitCode(result.exitCode) }
    }
}
