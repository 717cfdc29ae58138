/// Decides whether an expected-result line is a bare number, the way promqltest does:
/// Go's `strconv.ParseInt(s, 0, 64)` (so `0x1f`, `0o17`, `0b101` and a leading-zero octal `017`),
/// then `strconv.ParseFloat(s, 64)` (decimals, exponents, `Inf`, `+Inf`, `NaN`).
enum ScalarExpectation {
    static func parse(_ text: Substring) -> Double? {
        if let integer = parseInteger(text) { return Double(integer) }
        return parseFloat(text)
    }

    private static func parseInteger(_ text: Substring) -> Int64? {
        var body = text
        var negative = false
        if let sign = body.first, sign == "+" || sign == "-" {
            negative = sign == "-"
            body = body.dropFirst()
        }
        let lower = body.lowercased()
        let radix: Int
        let digits: Substring
        if lower.hasPrefix("0x") {
            (radix, digits) = (16, body.dropFirst(2))
        } else if lower.hasPrefix("0o") {
            (radix, digits) = (8, body.dropFirst(2))
        } else if lower.hasPrefix("0b") {
            (radix, digits) = (2, body.dropFirst(2))
        } else if body.count > 1 && body.hasPrefix("0") {
            (radix, digits) = (8, body.dropFirst(1))
        } else {
            (radix, digits) = (10, body)
        }
        guard !digits.isEmpty, digits.allSatisfy({ $0.isASCII && $0.isHexDigit }),
            let magnitude = UInt64(digits, radix: radix)
        else { return nil }
        if negative {
            guard magnitude <= UInt64(Int64.max) + 1 else { return nil }
            return magnitude == UInt64(Int64.max) + 1 ? Int64.min : -Int64(magnitude)
        }
        return magnitude <= UInt64(Int64.max) ? Int64(magnitude) : nil
    }

    private static func parseFloat(_ text: Substring) -> Double? {
        let allowed = text.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || "+-.".contains($0)) }
        guard allowed, !text.isEmpty else { return nil }
        switch text.lowercased().drop(while: { $0 == "+" || $0 == "-" }) {
        case "inf", "infinity": return text.hasPrefix("-") ? -.infinity : .infinity
        case "nan": return text.count == 3 ? .nan : nil
        default: break
        }
        // Swift also reads hexadecimal floats and "nan(…)", which Go's ParseFloat reads too or
        // which the character filter above already ruled out.
        return Double(text)
    }
}
