extension Parser {
    /// Go's `strconv.ParseInt(text, 0, 64)` falling back to `ParseFloat`, as Prometheus reads numbers:
    /// so `0x1f` is hexadecimal and `017` is octal.
    func numberValue(_ token: Token) throws(ParseError) -> Double {
        let text = token.text
        switch text.lowercased() {
        case "inf": return .infinity
        case "nan": return .nan
        default: break
        }
        let lowered = text.lowercased()
        if lowered.hasPrefix("0x") {
            guard let value = Int64(lowered.dropFirst(2), radix: 16) else {
                throw error(
                    "error parsing number: strconv.ParseFloat: parsing \(goQuoted(text)): invalid syntax", token.range)
            }
            return Double(value)
        }
        let allDigits = text.utf8.allSatisfy { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }
        if allDigits, text.count > 1, text.hasPrefix("0"), let octal = Int64(text.dropFirst(), radix: 8) {
            return Double(octal)
        }
        if allDigits, let integer = Int64(text) { return Double(integer) }
        guard let value = Double(text) else {
            throw error(
                "error parsing number: strconv.ParseFloat: parsing \(goQuoted(text)): invalid syntax", token.range)
        }
        if value.isInfinite {
            throw error(
                "error parsing number: strconv.ParseFloat: parsing \(goQuoted(text)): value out of range", token.range)
        }
        return value
    }

    /// A duration token in milliseconds; Prometheus refuses zero wherever a duration is written.
    func durationValue(_ token: Token) throws(ParseError) -> Int64 {
        let milliseconds: Int64
        do {
            milliseconds = try PrometheusDuration.milliseconds(token.text)
        } catch {
            throw self.error(error.message, token.range)
        }
        if milliseconds == 0 { throw error("duration must be greater than 0", token.range) }
        return milliseconds
    }

    /// The value of a string token. The lexer has already validated every escape sequence.
    func unquotedString(_ token: Token) -> String {
        // The quotes are one byte each; without a backslash the text between them is the value as written.
        if !token.text.utf8.contains(UInt8(ascii: "\\")) {
            return String(decoding: token.text.utf8.dropFirst().dropLast(), as: UTF8.self)
        }
        let scalars = Array(token.text.unicodeScalars.dropFirst().dropLast())
        if token.text.hasPrefix("`") { return String(String.UnicodeScalarView(scalars)) }
        var bytes: [UInt8] = []
        var index = 0
        func appendScalar(_ scalar: Unicode.Scalar) { bytes.append(contentsOf: Array(String(scalar).utf8)) }
        while index < scalars.count {
            let scalar = scalars[index]
            index += 1
            guard scalar == "\\", index < scalars.count else {
                appendScalar(scalar)
                continue
            }
            let escape = scalars[index]
            index += 1
            switch escape {
            case "a": bytes.append(0x07)
            case "b": bytes.append(0x08)
            case "f": bytes.append(0x0C)
            case "n": bytes.append(0x0A)
            case "r": bytes.append(0x0D)
            case "t": bytes.append(0x09)
            case "v": bytes.append(0x0B)
            case "0"..."7", "x", "u", "U":
                let (count, radix): (Int, Int) =
                    switch escape {
                    case "x": (2, 16)
                    case "u": (4, 16)
                    case "U": (8, 16)
                    default: (3, 8)
                    }
                if escape.properties.numericType != nil { index -= 1 }
                let digits = String(String.UnicodeScalarView(scalars[index..<min(index + count, scalars.count)]))
                index += count
                let value = UInt32(digits, radix: radix) ?? 0xFFFD
                // `\x` and octal escapes are single bytes; `\u` and `\U` are code points.
                if escape == "u" || escape == "U" {
                    appendScalar(Unicode.Scalar(value) ?? "\u{FFFD}")
                } else {
                    bytes.append(UInt8(truncatingIfNeeded: value))
                }
            default:
                appendScalar(escape)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
