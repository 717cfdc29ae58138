/// What the interpreter made of a request: one intent, or a question back listing the closest intents.
public enum Interpretation: Hashable, Sendable {
    case intent(Intent)
    case clarify(Clarification)
}

/// An answer to a request that was unknown, ambiguous or incomplete: why, and which intents come closest.
public struct Clarification: Hashable, Sendable {
    public var message: String
    public var suggestions: [IntentKind]

    public init(_ message: String, suggestions: [IntentKind]) {
        self.message = message
        self.suggestions = suggestions
    }

    /// The message, then one line per suggestion with how to ask for it.
    public var text: String {
        guard !suggestions.isEmpty else { return message }
        return message + "\n" + suggestions.map { "  \($0.usage)  — \($0.summary)" }.joined(separator: "\n")
    }
}

/// What the console knows about the daemon it talks to, so requests can name alerts and groups as they are spelt.
public struct ConsoleVocabulary: Hashable, Sendable {
    public var alertNames: [String]
    public var groups: [String]

    public init(alertNames: [String] = [], groups: [String] = []) {
        self.alertNames = alertNames
        self.groups = groups
    }

    /// The known alert spelt like `word`, ignoring case.
    func alert(matching word: String) -> String? {
        alertNames.first { $0.lowercased() == word.lowercased() }
    }

    func group(matching word: String) -> String? {
        groups.first { $0.lowercased() == word.lowercased() }
    }
}
