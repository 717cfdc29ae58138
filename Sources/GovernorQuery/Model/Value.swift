/// The four types an expression can have.
public enum ValueType: String, Sendable, Hashable, CustomStringConvertible {
    case scalar
    case instantVector = "instant vector"
    case rangeVector = "range vector"
    case string

    public var description: String { rawValue }
}

/// The result of evaluating an expression at one time.
public enum Value: Sendable, Hashable {
    case scalar(Double, Timestamp)
    case vector(InstantVector)
    case matrix(RangeVector)
    case string(String, Timestamp)

    public var type: ValueType {
        switch self {
        case .scalar: .scalar
        case .vector: .instantVector
        case .matrix: .rangeVector
        case .string: .string
        }
    }
}
