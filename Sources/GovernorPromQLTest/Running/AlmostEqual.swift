/// Prometheus 2.42's sample comparison (`promql/test.go` `almostEqual`): a relative error below
/// one in a million, an absolute one near zero, and NaN equal to NaN (stale markers included).
public func almostEqual(_ lhs: Double, _ rhs: Double) -> Bool {
    if lhs.isNaN && rhs.isNaN { return true }
    if lhs == rhs { return true }
    let epsilon = 0.000_001
    // The smallest positive normal double, Go's math.Float64frombits(0x0010000000000000).
    let minNormal = Double.leastNormalMagnitude
    let difference = abs(lhs - rhs)
    if lhs == 0 || rhs == 0 || difference < minNormal {
        return difference < epsilon * minNormal
    }
    return difference / (abs(lhs) + abs(rhs)) < epsilon
}
