public import GovernorCore
public import GovernorQuery

/// The comparison an alert expression ends in, `<measured> <op> <number>`, such as
/// `governor:breach_severity:max_percent > 10`: what is measured, against which number.
public struct AlertThreshold: Hashable, Sendable {
    /// The side that is not the number, printed as PromQL.
    public var measured: Expr
    public var comparison: BinaryOperator
    public var limit: Double
    /// True when the number is on the left (`10 < x`), so the comparison reads from the number's side.
    public var numberFirst: Bool

    public init(measured: Expr, comparison: BinaryOperator, limit: Double, numberFirst: Bool = false) {
        self.measured = measured
        self.comparison = comparison
        self.limit = limit
        self.numberFirst = numberFirst
    }

    /// Finds the threshold at the top of `expr` (through parentheses); nil when the alert is not a filtering
    /// comparison against a number, as with burn-rate alerts that combine several conditions.
    public static func find(in expr: Expr) -> AlertThreshold? {
        switch expr {
        case .paren(let paren):
            return find(in: paren.expr)
        case .binary(let binary) where binary.op.isComparison && !binary.returnBool:
            if let limit = number(binary.rhs) {
                return AlertThreshold(measured: binary.lhs, comparison: binary.op, limit: limit)
            }
            if let limit = number(binary.lhs) {
                return AlertThreshold(measured: binary.rhs, comparison: binary.op, limit: limit, numberFirst: true)
            }
            return nil
        default:
            return nil
        }
    }

    /// `> 10`, or `10 <` when the number comes first.
    public var text: String {
        numberFirst
            ? "\(PrometheusNumberFormat.string(limit)) \(comparison.rawValue)"
            : "\(comparison.rawValue) \(PrometheusNumberFormat.string(limit))"
    }

    /// Whether `value` passes the comparison, so the alert's condition holds for it.
    public func holds(for value: Double) -> Bool {
        let (lhs, rhs) = numberFirst ? (limit, value) : (value, limit)
        switch comparison {
        case .equal: return lhs == rhs
        case .notEqual: return lhs != rhs
        case .greater: return lhs > rhs
        case .less: return lhs < rhs
        case .greaterOrEqual: return lhs >= rhs
        case .lessOrEqual: return lhs <= rhs
        default: return false
        }
    }

    private static func number(_ expr: Expr) -> Double? {
        switch expr {
        case .number(let literal): literal.value
        case .paren(let paren): number(paren.expr)
        case .unary(let unary) where unary.op == .minus: number(unary.expr).map { -$0 }
        case .unary(let unary): number(unary.expr)
        default: nil
        }
    }
}
