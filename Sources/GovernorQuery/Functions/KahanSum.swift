/// A running sum with Neumaier's compensation, which Prometheus uses so that adding
/// many values of different magnitudes does not lose the small ones.
struct KahanSum {
    private(set) var sum: Double = 0
    private(set) var compensation: Double = 0

    mutating func add(_ increment: Double) {
        let total = sum + increment
        // Neumaier's improvement: compensate with whichever operand lost precision.
        if abs(sum) >= abs(increment) {
            compensation += (sum - total) + increment
        } else {
            compensation += (increment - total) + sum
        }
        sum = total
    }

    /// The compensated sum; an infinite running sum stays infinite, as the compensation would turn it into NaN.
    var value: Double { sum.isInfinite ? sum : sum + compensation }
}
