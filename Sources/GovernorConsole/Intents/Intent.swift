public import GovernorCore

/// Everything the console can do, and nothing else: eight reading intents and the seven ops actions. The grammar
/// and the language model both end here, so whatever a request says, it can only become one of these cases with
/// typed arguments; free text is never executed.
public enum Intent: Hashable, Sendable {
    case status
    case audit
    case payments
    case objectives
    case forecast
    case alerts
    case explain(alert: String)
    /// Who would be told about an alert with these labels.
    case routes(labels: [String: String])
    case action(OpsActionRequestText)

    public var kind: IntentKind {
        switch self {
        case .status: .status
        case .audit: .audit
        case .payments: .payments
        case .objectives: .objectives
        case .forecast: .forecast
        case .alerts: .alerts
        case .explain: .explain
        case .routes: .routes
        case .action(let request): IntentKind(rawValue: request.action.rawValue)!
        }
    }

    /// Changing intents need a confirmation before they run.
    public var changes: Bool { kind.action != nil }

    /// The intent as a line a person reads back before confirming: `silence alertname="PaymentsDown" for 2h`.
    public var text: String {
        switch self {
        case .explain(let alert): "explain \(alert)"
        case .routes(let labels):
            "routes "
                + labels.sorted { $0.key < $1.key }.map { "\($0.key)=\"\($0.value)\"" }
                .joined(separator: " ")
        case .action(let request): request.text
        default: kind.rawValue
        }
    }
}

/// An ops action with its arguments as the API takes them (strings and string arrays), checked by
/// `OpsActionRequest` before it leaves the console, so a bad argument is refused here as the daemon would.
public struct OpsActionRequestText: Hashable, Sendable {
    public var action: OpsAction
    public var arguments: [String: JSONValue]

    public init(_ action: OpsAction, _ arguments: [String: JSONValue] = [:]) throws(OpsActionError) {
        _ = try OpsActionRequest(action, arguments: arguments)
        self.action = action
        self.arguments = arguments
    }

    public var text: String {
        func string(_ name: String) -> String? {
            if case .string(let value) = arguments[name] { return value }
            return nil
        }
        switch action {
        case .silence:
            var matchers: [String] = []
            if case .array(let items) = arguments["matchers"] {
                for case .string(let text) in items { matchers.append(text) }
            }
            return "silence \(matchers.joined(separator: " ")) for \(string("duration") ?? "?")"
        case .expireSilence: return "expire-silence \(string("id") ?? "?")"
        case .pauseGroup, .resumeGroup: return "\(action.rawValue) \(string("group") ?? "?")"
        default: return action.rawValue
        }
    }
}
