import Foundation
import GovernorConsole
import GovernorCore
import GovernorQuery
import GovernorReceivers

/// One console: where the daemon is, how requests are read (grammar, then the model), and the audit log. `handle`
/// takes a request from text to answer, asking for confirmation through `confirm` before any change.
final class ConsoleSession: @unchecked Sendable {
    let client: ConsoleDaemonClient
    let online: Bool
    let command: ConsoleCommand
    var vocabulary: ConsoleVocabulary
    let languageModel: ConsoleLanguageModel?
    let audit: NDJSONFile

    init(
        client: ConsoleDaemonClient, online: Bool, command: ConsoleCommand, vocabulary: ConsoleVocabulary,
        languageModel: ConsoleLanguageModel?
    ) {
        self.client = client
        self.online = online
        self.command = command
        self.vocabulary = vocabulary
        self.languageModel = languageModel
        audit = NDJSONFile(path: "\(command.logs)/ai_console.ndjson")
    }

    static func open(_ command: ConsoleCommand) async throws -> ConsoleSession {
        let environment = ProcessInfo.processInfo.environment
        let client = ConsoleDaemonClient(baseURL: command.url, key: dashKey(command, environment: environment))
        let online = await client.reachable()
        var vocabulary = ConsoleVocabulary()
        if online, let rules = try? await client.get("/api/v1/rules") {
            vocabulary = ConsoleReading.vocabulary(rules: rules)
        }
        return ConsoleSession(
            client: client, online: online, command: command, vocabulary: vocabulary,
            languageModel: ConsoleLanguageModel(command, environment: environment))
    }

    /// The key from the environment, the key file, or the daemon's generated key beside its state; nil if none.
    static func dashKey(_ command: ConsoleCommand, environment: [String: String]) -> String? {
        if let value = environment["GOVERNOR_DASH_KEY"], !value.isEmpty { return value }
        let file =
            command.dashKeyFile
            ?? URL(fileURLWithPath: command.state).deletingLastPathComponent().appendingPathComponent("dash.key").path
        let text = try? String(contentsOfFile: file, encoding: .utf8)
        return text.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.flatMap { $0.isEmpty ? nil : $0 }
    }

    /// `confirm` asks y/N for a change and returns whether it was given; nil means no one can be asked (a script
    /// without --yes), and the change is refused.
    func handle(_ request: String, confirm: ((String) -> Bool)?) async -> ConsoleResult {
        var result = await answer(request, confirm: confirm)
        if result.lines.isEmpty { result.lines = [""] }
        record(result)
        return result
    }

    private func answer(_ request: String, confirm: ((String) -> Bool)?) async -> ConsoleResult {
        let (interpretation, source, note) = await interpret(request)
        let intent: Intent
        switch interpretation {
        case .clarify(let clarification):
            var lines = clarification.text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            if let note { lines.append("(\(note))") }
            return ConsoleResult(request: request, intent: nil, source: source, outcome: .clarified, lines: lines)
        case .intent(let read): intent = read
        }
        guard case .action(let action) = intent else {
            let reading = ConsoleReading(session: self)
            return await reading.answer(intent, request: request, source: source)
        }
        var result = ConsoleResult(request: request, intent: intent, source: source, outcome: .refused, lines: [])
        let question =
            "\(intent.text)? This changes the daemon" + (Self.undoHint(action.action).map { "; \($0)" } ?? "")
            + ". [y/N] "
        if command.yes {
            result.confirmation = .flag
        } else if let confirm, confirm(question) {
            result.confirmation = .confirmed
        } else {
            result.confirmation = .declined
            result.lines = [
                confirm == nil
                    ? "Not done: \(intent.text) changes the daemon and needs confirmation; run again with --yes."
                    : "Not done."
            ]
            return result
        }
        guard online else {
            result.outcome = .failed
            result.lines = ["Not done: \(intent.text) needs the running daemon, and none answers at \(command.url)."]
            return result
        }
        return await perform(action, into: result)
    }

    private func perform(_ action: OpsActionRequestText, into result: ConsoleResult) async -> ConsoleResult {
        var result = result
        let arguments = action.arguments.mapValues(Self.plain)
        do {
            let (status, json) = try await client.call(
                "/api/ops/actions/\(action.action.rawValue)", method: "POST",
                body: ["arguments": arguments, "source": "console"])
            let object = json as? [String: Any] ?? [:]
            result.data = json
            if status == 200 {
                result.outcome = .done
                result.lines = [object["message"] as? String ?? "done"]
                if let undo = object["undo"] as? [String: Any], let name = undo["action"] as? String {
                    result.undo = Self.undoRequest(name, undo["arguments"] as? [String: String] ?? [:])
                } else {
                    result.lines.append("Nothing to undo: \(action.action.rawValue) changes no lasting state.")
                }
            } else {
                result.outcome = status == 400 || status == 404 ? .refused : .failed
                result.lines = ["Not done: " + (object["error"] as? String ?? "the daemon answered \(status)")]
            }
        } catch {
            result.outcome = .failed
            result.lines = ["Not done: \(error.description)"]
        }
        return result
    }

    /// Grammar first; what it cannot place (unknown or ambiguous) goes to the model when there is one.
    private func interpret(_ request: String) async -> (Interpretation, ConsoleAuditLine.Source, String?) {
        let grammar = ConsoleGrammar(vocabulary: vocabulary).interpret(request)
        guard case .clarify(let clarification) = grammar else { return (grammar, .grammar, nil) }
        let placeable =
            clarification.message.hasPrefix("I don't know") || clarification.message.hasPrefix("That could mean")
        guard placeable, let languageModel else { return (grammar, .none, nil) }
        switch await languageModel.map(request, vocabulary: vocabulary) {
        case .success(let intent): return (.intent(intent), .llm, nil)
        case .failure(let rejection):
            return (grammar, .none, "the language model's answer was not used: \(rejection.message)")
        }
    }

    private func record(_ result: ConsoleResult) {
        let line = ConsoleAuditLine(
            time: RFC3339Time.textWithMilliseconds(Timestamp(Date().timeIntervalSince1970 * 1_000)),
            request: result.request, intent: result.intent, source: result.source,
            confirmation: result.confirmation, outcome: result.outcome, message: result.lines.joined(separator: " | "))
        do {
            try audit.append(line)
        } catch {
            printError("governor: cannot write \(audit.path): \(error)")
        }
    }

    static func undoHint(_ action: OpsAction) -> String? {
        switch action {
        case .silence: "undo with `expire silence ID`"
        case .pauseGroup: "undo with `resume group NAME`"
        case .resumeGroup: "undo with `pause group NAME`"
        case .expireSilence: "an expired silence cannot be restarted; silence again instead"
        case .runGovernance, .runForecast, .reload: "nothing to undo afterwards"
        }
    }

    /// The console request that performs `action`, for the undo line.
    static func undoRequest(_ action: String, _ arguments: [String: String]) -> String {
        switch OpsAction(rawValue: action) {
        case .expireSilence: "expire silence \(arguments["id"] ?? "")"
        case .resumeGroup: "resume group \(arguments["group"] ?? "")"
        case .pauseGroup: "pause group \(arguments["group"] ?? "")"
        default: action
        }
    }

    static func plain(_ value: JSONValue) -> Any {
        switch value {
        case .null: NSNull()
        case .bool(let bool): bool
        case .number(let number): number
        case .string(let string): string
        case .array(let items): items.map(plain)
        case .object(let fields): fields.mapValues(plain)
        }
    }
}
