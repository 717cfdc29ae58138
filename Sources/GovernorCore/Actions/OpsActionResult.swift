/// What an action did, as the API answers it: the outcome, a sentence for a person, and the action that undoes it
/// (nil when nothing can be undone, as after a reload or a governance pass).
public struct OpsActionResult: Hashable, Sendable, Codable {
    public enum Outcome: String, Hashable, Sendable, Codable {
        case done
        /// Not attempted: an unknown action, bad arguments, or a confirmation that never came.
        case refused
        /// Attempted, and it did not work.
        case failed
    }

    public var action: String
    public var outcome: Outcome
    public var message: String
    public var undo: OpsActionUndo?

    public init(action: String, outcome: Outcome, message: String, undo: OpsActionUndo? = nil) {
        self.action = action
        self.outcome = outcome
        self.message = message
        self.undo = undo
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(action, forKey: .action)
        try container.encode(outcome, forKey: .outcome)
        try container.encode(message, forKey: .message)
        // `undo` is always present, null when there is none, so a reader need not tell "absent" from "none".
        try container.encode(undo, forKey: .undo)
    }
}

/// The call that takes an action back.
public struct OpsActionUndo: Hashable, Sendable, Codable {
    public var action: String
    public var arguments: [String: String]

    public init(action: OpsAction, arguments: [String: String]) {
        self.action = action.rawValue
        self.arguments = arguments
    }
}
