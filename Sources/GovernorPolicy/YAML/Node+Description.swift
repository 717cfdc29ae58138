import Yams

extension Node {
    /// How an error names what it found: "a mapping", "a list", "a string", "null".
    var kindDescription: String {
        switch self {
        case .mapping: "a mapping"
        case .sequence: "a list"
        case .alias: "an alias"
        case .scalar(let scalar):
            if isNull {
                "null"
            } else if scalar.style == .singleQuoted || scalar.style == .doubleQuoted {
                "a string"
            } else if int != nil || float != nil {
                "a number"
            } else if bool != nil {
                "a boolean"
            } else {
                "a string"
            }
        }
    }

    /// `~`, `null` or nothing at all, unquoted.
    var isNull: Bool {
        guard case .scalar(let scalar) = self else { return false }
        return scalar.style == .plain && ["", "~", "null", "Null", "NULL"].contains(scalar.string)
    }
}
