extension GoFloatFormat {
    /// Go's `strconv.FormatFloat(v, 'e', -1, 64)`: the shortest round-trip digits as `d.ddde±XX`, with at least two
    /// exponent digits (`3e-01`, `1.25e+02`, `0e+00`). Prometheus's rules and alerts APIs print alert values so.
    public static func exponent(_ value: Double) -> String {
        if value.isNaN { return "NaN" }
        if value.isInfinite { return value < 0 ? "-Inf" : "+Inf" }
        let sign = value.sign == .minus ? "-" : ""
        if value == 0 { return sign + "0e+00" }
        let (digits, pointPosition) = PrometheusNumberFormat.shortestDigits(of: value.magnitude)
        let exponent = pointPosition - 1
        let mantissa = digits.count > 1 ? "\(digits.prefix(1)).\(digits.dropFirst())" : digits
        let magnitude = abs(exponent)
        return sign + mantissa + (exponent < 0 ? "e-" : "e+") + (magnitude < 10 ? "0" : "") + String(magnitude)
    }
}
