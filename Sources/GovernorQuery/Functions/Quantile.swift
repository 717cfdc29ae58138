/// The φ-quantile of `values`, as Prometheus 2.42's `quantile` aggregation and `quantile_over_time` compute it:
/// NaN for no values or a NaN `q`, -Inf for `q < 0`, +Inf for `q > 1`, otherwise linear interpolation
/// between the two closest ranks of the sorted values.
func quantile(_ q: Double, _ values: [Double]) -> Double {
    if values.isEmpty || q.isNaN { return .nan }
    if q < 0 { return -.infinity }
    if q > 1 { return .infinity }
    // Prometheus sorts NaN below every number.
    let sorted = values.sorted { $0.isNaN ? !$1.isNaN : $0 < $1 }
    let count = Double(sorted.count)
    let rank = q * (count - 1)
    let lowerIndex = max(0, rank.rounded(.down))
    let upperIndex = min(count - 1, lowerIndex + 1)
    let weight = rank - rank.rounded(.down)
    return sorted[Int(lowerIndex)] * (1 - weight) + sorted[Int(upperIndex)] * weight
}
