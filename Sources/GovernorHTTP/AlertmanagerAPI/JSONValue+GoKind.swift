import GovernorCore

extension JSONValue {
    /// Go's name for the kind of value, as in `cannot unmarshal number into …`.
    var goKind: String {
        switch self {
        case .null: "null"
        case .bool: "bool"
        case .number: "number"
        case .string: "string"
        case .array: "array"
        case .object: "object"
        }
    }
}
