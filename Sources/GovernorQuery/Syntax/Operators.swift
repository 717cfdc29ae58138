/// Binary operators, in Prometheus's spelling.
public enum BinaryOperator: String, Sendable, Hashable, CaseIterable {
    case add = "+"
    case subtract = "-"
    case multiply = "*"
    case divide = "/"
    case modulo = "%"
    case power = "^"
    case atan2
    case equal = "=="
    case notEqual = "!="
    case greater = ">"
    case less = "<"
    case greaterOrEqual = ">="
    case lessOrEqual = "<="
    case and
    case or
    case unless

    public var isComparison: Bool {
        switch self {
        case .equal, .notEqual, .greater, .less, .greaterOrEqual, .lessOrEqual: true
        default: false
        }
    }

    public var isSetOperator: Bool { self == .and || self == .or || self == .unless }

    /// Binding strength, higher binds tighter (Prometheus's precedence table).
    public var precedence: Int {
        switch self {
        case .or: 1
        case .and, .unless: 2
        case .equal, .notEqual, .greater, .less, .greaterOrEqual, .lessOrEqual: 3
        case .add, .subtract: 4
        case .multiply, .divide, .modulo, .atan2: 5
        case .power: 6
        }
    }

    public var isRightAssociative: Bool { self == .power }
}

/// Aggregation operators.
public enum AggregateOperator: String, Sendable, Hashable, CaseIterable {
    case sum, avg, count, min, max, group, stddev, stdvar, topk, bottomk
    case countValues = "count_values"
    case quantile

    /// Operators that take a parameter before the vector: `topk(3, x)`.
    public var takesParameter: Bool {
        switch self {
        case .topk, .bottomk, .countValues, .quantile: true
        default: false
        }
    }
}

public enum UnaryOperator: String, Sendable, Hashable {
    case plus = "+"
    case minus = "-"
}
