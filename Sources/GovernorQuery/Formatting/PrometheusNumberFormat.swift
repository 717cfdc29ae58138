/// Prints a sample value the way Prometheus does everywhere it shows one (Go's
/// `strconv.FormatFloat(v, 'f', -1, 64)`): the fewest digits that read back to the same double,
/// never an exponent, and `+Inf`, `-Inf`, `NaN`.
public enum PrometheusNumberFormat {
    public static func string(_ value: Double) -> String {
        if value.isNaN { return "NaN" }
        if value.isInfinite { return value < 0 ? "-Inf" : "+Inf" }
        let sign = value.sign == .minus ? "-" : ""
        let (digits, pointPosition) = shortestDigits(of: abs(value))
        if digits.isEmpty { return sign + "0" }
        if pointPosition <= 0 {
            return sign + "0." + String(repeating: "0", count: -pointPosition) + digits
        }
        if pointPosition >= digits.count {
            return sign + digits + String(repeating: "0", count: pointPosition - digits.count)
        }
        let split = digits.index(digits.startIndex, offsetBy: pointPosition)
        return sign + digits[..<split] + "." + digits[split...]
    }

    /// The shortest round-trip decimal digits of a finite, non-negative value, without leading or
    /// trailing zeros, and where the decimal point goes: value = 0.<digits> × 10^pointPosition.
    /// Swift's own description already finds the shortest digits; only its layout differs from Go's.
    static func shortestDigits(of value: Double) -> (digits: String, pointPosition: Int) {
        let text = value.description
        let parts = text.split(separator: "e", maxSplits: 1)
        let exponent = parts.count == 2 ? Int(parts[1]) ?? 0 : 0
        let mantissa = parts[0]
        let integerPart = mantissa.prefix { $0 != "." }
        let fractionPart = mantissa.dropFirst(integerPart.count + 1)
        var digits = String(integerPart) + fractionPart
        var pointPosition = integerPart.count + exponent
        while digits.first == "0" {
            digits.removeFirst()
            pointPosition -= 1
        }
        while digits.last == "0" { digits.removeLast() }
        return (digits, pointPosition)
    }
}
