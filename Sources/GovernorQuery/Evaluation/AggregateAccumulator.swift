/// The running value of one aggregation group for the operators that fold values one at a time (`sum`, `avg`,
/// `min`, `max`, `count`, `group`, `stddev`, `stdvar`), with Prometheus 2.42's arithmetic in its order.
///
/// Shared by the reference evaluator and the incremental plan, so both add the same numbers the same way.
struct AggregateAccumulator: Sendable {
    var value: Double
    var mean: Double
    var count: Int

    /// Starts a group with its first value.
    init(_ op: AggregateOperator, first: Double) {
        value = first
        mean = first
        count = 1
        switch op {
        case .stddev, .stdvar: value = 0
        case .group: value = 1
        default: break
        }
    }

    /// Whether `op` folds values one at a time, so this accumulator is all its group needs.
    static func folds(_ op: AggregateOperator) -> Bool {
        switch op {
        case .sum, .avg, .min, .max, .count, .group, .stddev, .stdvar: true
        case .topk, .bottomk, .quantile, .countValues: false
        }
    }

    mutating func add(_ op: AggregateOperator, _ newValue: Double) {
        switch op {
        case .sum:
            value += newValue
        case .avg:
            count += 1
            if mean.isInfinite {
                // Inf plus anything finite (or the same Inf) stays Inf; the update below would make it NaN.
                if newValue.isInfinite && (mean > 0) == (newValue > 0) { break }
                if !newValue.isInfinite && !newValue.isNaN { break }
            }
            mean += newValue / Double(count) - mean / Double(count)
        case .max:
            if value < newValue || value.isNaN { value = newValue }
        case .min:
            if value > newValue || value.isNaN { value = newValue }
        case .count, .countValues:
            count += 1
        case .stddev, .stdvar:
            count += 1
            let delta = newValue - mean
            mean += delta / Double(count)
            value += delta * (newValue - mean)
        case .group, .topk, .bottomk, .quantile:
            break
        }
    }

    /// The group's value once every member is in (for the folding operators).
    func result(_ op: AggregateOperator) -> Double {
        switch op {
        case .avg: mean
        case .count, .countValues: Double(count)
        case .stdvar: value / Double(count)
        case .stddev: (value / Double(count)).squareRoot()
        default: value
        }
    }
}
