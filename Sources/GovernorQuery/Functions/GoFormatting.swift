import Foundation

/// Formats a number the way Go's `%f` does, which Prometheus's error messages use.
func goFixedPoint(_ value: Double) -> String {
    if value.isNaN { return "NaN" }
    if value.isInfinite { return value > 0 ? "+Inf" : "-Inf" }
    return String(format: "%f", value)
}
