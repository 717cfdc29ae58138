import Foundation

/// The element-wise functions: each sample's value transformed, its metric name dropped.
enum MathFunctions {
    /// The one-argument functions, by name.
    static let elementwise: [String: @Sendable (Double) -> Double] = [
        "abs": { Swift.abs($0) },
        "ceil": { $0.rounded(.up) },
        "floor": { $0.rounded(.down) },
        "exp": { Foundation.exp($0) },
        "ln": { Foundation.log($0) },
        "log2": { Foundation.log2($0) },
        "log10": { Foundation.log10($0) },
        "sqrt": { $0.squareRoot() },
        "sgn": sign,
        "acos": { Foundation.acos($0) },
        "acosh": { Foundation.acosh($0) },
        "asin": { Foundation.asin($0) },
        "asinh": { Foundation.asinh($0) },
        "atan": { Foundation.atan($0) },
        "atanh": { Foundation.atanh($0) },
        "cos": { Foundation.cos($0) },
        "cosh": { Foundation.cosh($0) },
        "sin": { Foundation.sin($0) },
        "sinh": { Foundation.sinh($0) },
        "tan": { Foundation.tan($0) },
        "tanh": { Foundation.tanh($0) },
        // Same operation order as Prometheus, so the rounding matches too.
        "deg": { $0 * 180 / Double.pi },
        "rad": { $0 * Double.pi / 180 },
    ]

    /// -1, 1, or the value itself for zeros and NaN.
    static func sign(_ value: Double) -> Double {
        if value < 0 { return -1 }
        if value > 0 { return 1 }
        return value
    }

    static func clamp(_ input: InstantFunctionInput) throws(EvaluationError) -> Value {
        let lower = input.scalar(at: 1)
        let upper = input.scalar(at: 2)
        // An empty interval selects nothing rather than failing.
        if upper < lower { return .vector([]) }
        return try input.mapVector(at: 0) { goMax(lower, goMin(upper, $0)) }
    }

    static func clampMin(_ input: InstantFunctionInput) throws(EvaluationError) -> Value {
        let lower = input.scalar(at: 1)
        return try input.mapVector(at: 0) { goMax(lower, $0) }
    }

    static func clampMax(_ input: InstantFunctionInput) throws(EvaluationError) -> Value {
        let upper = input.scalar(at: 1)
        return try input.mapVector(at: 0) { goMin(upper, $0) }
    }

    /// `round(v, to_nearest=1)`: rounds to a multiple of `to_nearest`, ties upwards.
    static func round(_ input: InstantFunctionInput) throws(EvaluationError) -> Value {
        let toNearest = input.arguments.count >= 2 ? input.scalar(at: 1) : 1
        // Multiplying by the inverse loses less precision than dividing by `toNearest`.
        let toNearestInverse = 1.0 / toNearest
        return try input.mapVector(at: 0) { ($0 * toNearestInverse + 0.5).rounded(.down) / toNearestInverse }
    }

    /// Go's `math.Max`: +Inf beats NaN, NaN beats everything else, +0 beats -0.
    static func goMax(_ x: Double, _ y: Double) -> Double {
        if x == .infinity || y == .infinity { return .infinity }
        if x.isNaN || y.isNaN { return .nan }
        if x == 0 && x == y { return x.sign == .minus ? y : x }
        return x > y ? x : y
    }

    /// Go's `math.Min`: -Inf beats NaN, NaN beats everything else, -0 beats +0.
    static func goMin(_ x: Double, _ y: Double) -> Double {
        if x == -.infinity || y == -.infinity { return -.infinity }
        if x.isNaN || y.isNaN { return .nan }
        if x == 0 && x == y { return x.sign == .minus ? x : y }
        return x < y ? x : y
    }
}
