extension YAMLNode {
    /// How an error names what it found: "a mapping", "a list", "a string", "null".
    var kindDescription: String {
        switch self {
        case .mapping: "a mapping"
        case .sequence: "a list"
        case .scalar(let scalar):
            if isNull {
                "null"
            } else if scalar.style == .singleQuoted || scalar.style == .doubleQuoted {
                "a string"
            } else if scalar.style == .plain, Double(scalar.string) != nil {
                "a number"
            } else if yamlBool != nil {
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

    /// An unquoted `true`/`false` (and YAML 1.1's yes/no/on/off, which Prometheus's YAML library also accepts
    /// for booleans). Read by hand because the composer types no scalars: resolving every
    /// scalar's type with regular expressions made loading three times slower.
    var yamlBool: Bool? {
        guard case .scalar(let scalar) = self, scalar.style == .plain else { return nil }
        switch scalar.string.lowercased() {
        case "true", "yes", "on": return true
        case "false", "no", "off": return false
        default: return nil
        }
    }
}
