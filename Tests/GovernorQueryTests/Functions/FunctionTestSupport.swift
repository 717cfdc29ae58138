@testable import GovernorQuery

/// Milliseconds in `count` minutes, the unit the conformance scripts' `load 5m` steps use.
func minutes(_ count: Int64) -> Timestamp { count * 60_000 }
func seconds(_ count: Int64) -> Timestamp { count * 1000 }

/// What the evaluator hands a range function for `f(series[range] offset o)` at `time`, where the series
/// holds `values` at `0, step, 2*step, ...` (nil leaves a gap, as `_` does in a load block).
func rangeInput(
    _ values: [Double?], step: Timestamp, at time: Timestamp, range: Timestamp, offset: Timestamp = 0,
    scalars: [Double] = []
) -> RangeFunctionInput {
    let rangeEnd = time - offset
    let rangeStart = rangeEnd - range
    let points = values.enumerated().compactMap { index, value in
        value.map { FloatPoint(timestamp: Int64(index) * step, value: $0) }
    }.filter { $0.timestamp >= rangeStart && $0.timestamp <= rangeEnd }
    return RangeFunctionInput(
        points: points[...], rangeStart: rangeStart, rangeEnd: rangeEnd, evaluationTime: time,
        scalarArguments: scalars)
}

/// `start+incrementxcount` from a load block: `count + 1` values.
func series(_ start: Double, plus increment: Double, times count: Int) -> [Double?] {
    (0...count).map { start + Double($0) * increment }
}

func callRange(_ name: String, _ input: RangeFunctionInput) -> Double? {
    guard case .overRange(_, let function) = FunctionRegistry.implementation(named: name) else { return nil }
    return function(input)
}

struct MissingInstantFunction: Error {}

func callInstant(
    _ name: String, _ arguments: [FunctionArgument], expressions: [Expr] = [], at time: Timestamp = 0
) throws -> Value {
    guard case .instant(let function) = FunctionRegistry.implementation(named: name) else {
        throw MissingInstantFunction()
    }
    return try function(
        InstantFunctionInput(arguments: arguments, argumentExpressions: expressions, evaluationTime: time))
}

/// The samples of a vector result, keyed by their labels' text form.
func samplesByLabels(_ value: Value) -> [String: Double] {
    guard case .vector(let samples) = value else { return [:] }
    return Dictionary(samples.map { ($0.labels.description, $0.value) }, uniquingKeysWith: { first, _ in first })
}

func vectorSamples(_ value: Value) -> InstantVector {
    guard case .vector(let samples) = value else { return [] }
    return samples
}

func sample(_ labels: Labels, _ value: Double, at time: Timestamp = 0) -> VectorSample {
    VectorSample(labels: labels, timestamp: time, value: value)
}

/// Equal within the relative precision the conformance scripts' decimal expectations carry; NaN equals NaN.
func isClose(_ actual: Double?, _ expected: Double) -> Bool {
    guard let actual else { return false }
    if expected.isNaN { return actual.isNaN }
    if expected.isInfinite || expected == 0 { return actual == expected }
    return abs(actual - expected) <= 1e-12 * abs(expected)
}
