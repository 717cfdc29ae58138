/// Why a simulator could not be set up.
public enum SimulatorError: Error, Hashable, Sendable, CustomStringConvertible {
    /// No scenario has this name; `suggestion` is the closest valid name when one is close enough to be a typo.
    case unknownScenario(String, suggestion: String?, valid: [String])

    public var description: String {
        switch self {
        case .unknownScenario(let name, let suggestion, let valid):
            let hint = suggestion.map { " (did you mean '\($0)'?)" } ?? ""
            return "unknown scenario '\(name)'\(hint); the scenarios are: \(valid.joined(separator: ", "))"
        }
    }
}
