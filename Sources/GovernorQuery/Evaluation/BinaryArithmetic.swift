import Foundation

/// The element-wise rules of PromQL's binary operators.
enum BinaryArithmetic {
    /// The operation's value and whether a filtering comparison keeps the element.
    /// Comparisons yield the left-hand value; set operators never reach here.
    static func apply(_ op: BinaryOperator, _ lhs: Double, _ rhs: Double) -> (value: Double, keep: Bool) {
        switch op {
        case .add: (lhs + rhs, true)
        case .subtract: (lhs - rhs, true)
        case .multiply: (lhs * rhs, true)
        case .divide: (lhs / rhs, true)
        case .power: (pow(lhs, rhs), true)
        case .modulo: (fmod(lhs, rhs), true)
        case .atan2: (atan2(lhs, rhs), true)
        case .equal: (lhs, lhs == rhs)
        case .notEqual: (lhs, lhs != rhs)
        case .greater: (lhs, lhs > rhs)
        case .less: (lhs, lhs < rhs)
        case .greaterOrEqual: (lhs, lhs >= rhs)
        case .lessOrEqual: (lhs, lhs <= rhs)
        case .and, .or, .unless: (.nan, false)
        }
    }

    /// Arithmetic drops the metric name because the result is no longer that metric.
    /// Prometheus 2.42 leaves `atan2` out of this list, so its results keep the left-hand name.
    static func dropsMetricName(_ op: BinaryOperator) -> Bool {
        switch op {
        case .add, .subtract, .multiply, .divide, .power, .modulo: true
        default: false
        }
    }
}
