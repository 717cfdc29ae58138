/// Go's `%v` for a float64 (`strconv.FormatFloat(v, 'g', -1, 64)`), which alert templates and Sloth's rule
/// templates print: the shortest round-trip digits, in exponent form when the decimal exponent is below -4 or at
/// least 6 (`1e-05`, `123456`, `1e+06`, `14.4`). `PrometheusNumberFormat.string` is the `'f'` form.
public enum GoFloatFormat {
    public static func general(_ value: Double) -> String {
        if value.isNaN { return "NaN" }
        if value.isInfinite { return value < 0 ? "-Inf" : "+Inf" }
        if value == 0 { return value.sign == .minus ? "-0" : "0" }
        let (digits, pointPosition) = PrometheusNumberFormat.shortestDigits(of: value.magnitude)
        let exponent = pointPosition - 1
        guard exponent < -4 || exponent >= 6 else { return PrometheusNumberFormat.string(value) }
        let sign = value.sign == .minus ? "-" : ""
        let mantissa = digits.count > 1 ? "\(digits.prefix(1)).\(digits.dropFirst())" : digits
        let magnitude = abs(exponent)
        return sign + mantissa + (exponent < 0 ? "e-" : "e+") + (magnitude < 10 ? "0" : "") + String(magnitude)
    }
}
