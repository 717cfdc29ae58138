public import GovernorQuery

/// An action with its arguments checked and typed: what the daemon executes. Reading one from untyped JSON is the
/// only way in, and it refuses unknown arguments, wrong types and bad values with a message that says which.
public enum OpsActionRequest: Hashable, Sendable {
    case silence(matchers: [LabelMatcher], duration: Int64, comment: String?, createdBy: String?)
    case expireSilence(id: String)
    case runGovernance
    case runForecast
    case pauseGroup(String)
    case resumeGroup(String)
    case reload

    public var action: OpsAction {
        switch self {
        case .silence: .silence
        case .expireSilence: .expireSilence
        case .runGovernance: .runGovernance
        case .runForecast: .runForecast
        case .pauseGroup: .pauseGroup
        case .resumeGroup: .resumeGroup
        case .reload: .reload
        }
    }

    /// Reads `arguments` for `action`; throws with every problem found, joined.
    public init(_ action: OpsAction, arguments: [String: JSONValue]) throws(OpsActionError) {
        var problems: [String] = []
        let known = Set(action.arguments.map(\.name))
        for name in arguments.keys.sorted() where !known.contains(name) {
            let expected = known.isEmpty ? "it takes none" : "it takes \(known.sorted().joined(separator: ", "))"
            problems.append("\(action.rawValue) has no argument \"\(name)\" (\(expected))")
        }
        func string(_ name: String, required: Bool) -> String? {
            switch arguments[name] {
            case .string(let value) where !value.allSatisfy(\.isWhitespace): return value
            case .none, .null:
                if required { problems.append("\(action.rawValue) needs the argument \"\(name)\"") }
            default: problems.append("\"\(name)\" must be a non-empty string")
            }
            return nil
        }
        switch action {
        case .silence:
            var matchers: [LabelMatcher] = []
            switch arguments["matchers"] {
            case .array(let items) where !items.isEmpty:
                for item in items {
                    guard case .string(let text) = item else {
                        problems.append("\"matchers\" must be an array of strings such as alertname=\"PaymentsDown\"")
                        continue
                    }
                    do {
                        matchers.append(contentsOf: try AlertmanagerMatchers.parseList(text))
                    } catch {
                        problems.append("matcher \(text): \(error.message)")
                    }
                }
            case .none, .null: problems.append("silence needs the argument \"matchers\"")
            default:
                problems.append("\"matchers\" must be a non-empty array of strings such as alertname=\"PaymentsDown\"")
            }
            var duration: Int64 = 0
            if let text = string("duration", required: true) {
                switch PrometheusDuration.parse(text) {
                case .some(let milliseconds) where milliseconds > 0: duration = milliseconds
                default:
                    problems.append("duration \"\(text)\" is not a positive duration: \(PrometheusDuration.syntaxHint)")
                }
            }
            let comment = string("comment", required: false)
            let createdBy = string("createdBy", required: false)
            self = .silence(matchers: matchers, duration: duration, comment: comment, createdBy: createdBy)
        case .expireSilence: self = .expireSilence(id: string("id", required: true) ?? "")
        case .pauseGroup: self = .pauseGroup(string("group", required: true) ?? "")
        case .resumeGroup: self = .resumeGroup(string("group", required: true) ?? "")
        case .runGovernance: self = .runGovernance
        case .runForecast: self = .runForecast
        case .reload: self = .reload
        }
        if !problems.isEmpty { throw OpsActionError(.badArguments, problems.joined(separator: "; ")) }
    }
}

/// Why an action was not done: bad arguments (refused, nothing tried) or an execution that failed.
public struct OpsActionError: Error, Hashable, Sendable, CustomStringConvertible {
    public enum Kind: Hashable, Sendable {
        case badArguments
        case unknownAction
        case failed
    }

    public var kind: Kind
    public var message: String

    public init(_ kind: Kind, _ message: String) {
        self.kind = kind
        self.message = message
    }

    public var description: String { message }
}
