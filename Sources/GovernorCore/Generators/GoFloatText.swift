/// Number spellings that match what Go's templates print, so generated rules read exactly like Sloth's.
enum GoFloatText {
    /// Go's `%v` for a float64, which is what Sloth's templates print: the shortest digits that round-trip,
    /// in exponent form when the decimal exponent is below -4 or at least 6 (`1e-05`, `1e+06`, `14.4`).
    static func shortestG(_ value: Double) -> String {
        if value.isNaN { return "NaN" }
        if value.isInfinite { return value < 0 ? "-Inf" : "+Inf" }
        if value == 0 { return value.sign == .minus ? "-0" : "0" }
        let (digits, exponent) = shortestDigits(value.magnitude)
        let sign = value.sign == .minus ? "-" : ""
        if exponent < -4 || exponent >= 6 {
            return sign + exponentForm(digits: digits, exponent: exponent)
        }
        return sign + plainForm(digits: digits, exponent: exponent)
    }

    /// Go's `strconv.FormatFloat(value, 'f', -1, 64)`: shortest digits, never an exponent.
    static func shortestF(_ value: Double) -> String {
        if value == 0 { return "0" }
        let (digits, exponent) = shortestDigits(value.magnitude)
        return (value.sign == .minus ? "-" : "") + plainForm(digits: digits, exponent: exponent)
    }

    /// The decimal digits (no leading or trailing zeros) and the exponent of the first digit, from Swift's
    /// shortest round-tripping description.
    private static func shortestDigits(_ magnitude: Double) -> (digits: [Character], exponent: Int) {
        let text = "\(magnitude)"
        let parts = text.split(separator: "e", maxSplits: 1)
        let mantissa = parts[0]
        let writtenExponent = parts.count > 1 ? Int(parts[1]) ?? 0 : 0
        let integerLength =
            mantissa.firstIndex(of: ".").map { mantissa.distance(from: mantissa.startIndex, to: $0) }
            ?? mantissa.count
        var digits = Array(mantissa.filter { $0 != "." })
        var exponent = integerLength - 1 + writtenExponent
        while digits.count > 1, digits.first == "0" {
            digits.removeFirst()
            exponent -= 1
        }
        while digits.count > 1, digits.last == "0" { digits.removeLast() }
        return (digits, exponent)
    }

    private static func plainForm(digits: [Character], exponent: Int) -> String {
        let text = String(digits)
        if exponent < 0 {
            return "0." + String(repeating: "0", count: -exponent - 1) + text
        }
        if exponent + 1 >= digits.count {
            return text + String(repeating: "0", count: exponent + 1 - digits.count)
        }
        return String(digits.prefix(exponent + 1)) + "." + String(digits.dropFirst(exponent + 1))
    }

    private static func exponentForm(digits: [Character], exponent: Int) -> String {
        var text = String(digits.first!)
        if digits.count > 1 { text += "." + String(digits.dropFirst()) }
        let magnitude = abs(exponent)
        return text + (exponent < 0 ? "e-" : "e+") + (magnitude < 10 ? "0" : "") + String(magnitude)
    }
}
