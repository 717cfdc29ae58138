import Foundation

/// Go's `fmt` rules for the numbers and verbs alert templates print.
enum GoNumberFormat {
    /// Go's `%v` for a float64: the shortest round-trip digits, in exponent form when the decimal exponent is
    /// below -4 or at least 6 (`1e+06`, `123456`, `1.5e-05`).
    static func v(_ value: Double) -> String {
        if value.isNaN { return "NaN" }
        if value.isInfinite { return value > 0 ? "+Inf" : "-Inf" }
        if value == 0 { return value.sign == .minus ? "-0" : "0" }
        let (digits, exponent) = shortestDigits(abs(value))
        let sign = value < 0 ? "-" : ""
        if exponent < -4 || exponent >= 6 {
            let mantissa = digits.count > 1 ? "\(digits.prefix(1)).\(digits.dropFirst())" : digits
            return sign + mantissa + (exponent < 0 ? "e-" : "e+") + String(format: "%02d", abs(exponent))
        }
        if exponent < 0 {
            return sign + "0." + String(repeating: "0", count: -exponent - 1) + digits
        }
        if digits.count <= exponent + 1 {
            return sign + digits + String(repeating: "0", count: exponent + 1 - digits.count)
        }
        return sign + digits.prefix(exponent + 1) + "." + digits.dropFirst(exponent + 1)
    }

    /// The shortest round-trip significant digits of a positive finite number and the decimal exponent of the
    /// first digit (`123.45` → `("12345", 2)`).
    static func shortestDigits(_ value: Double) -> (String, Int) {
        let text = "\(value)"
        var mantissa = Substring(text)
        var exponent = 0
        if let e = text.firstIndex(of: "e") {
            mantissa = text[..<e]
            exponent = Int(text[text.index(after: e)...]) ?? 0
        }
        let parts = mantissa.split(separator: ".", omittingEmptySubsequences: false)
        let integer = parts[0]
        let fraction = parts.count > 1 ? parts[1] : ""
        var digits = String(integer + fraction)
        var pointPosition = integer.count + exponent
        while digits.hasPrefix("0") {
            digits.removeFirst()
            pointPosition -= 1
        }
        while digits.count > 1 && digits.hasSuffix("0") { digits.removeLast() }
        return (digits, pointPosition - 1)
    }

    /// Go's `printf` for the verbs templates use: `%s %v %d %f %e %g %x %q %%`, with flags, width and precision.
    static func printf(_ format: String, _ arguments: [TemplateValue]) -> String {
        var output = ""
        var remaining = arguments[...]
        var characters = format[...]
        while let character = characters.first {
            characters = characters.dropFirst()
            guard character == "%" else {
                output.append(character)
                continue
            }
            var spec = "%"
            while let next = characters.first, "+-# 0123456789.".contains(next) {
                spec.append(next)
                characters = characters.dropFirst()
            }
            guard let verb = characters.first else {
                output += "%!(NOVERB)"
                break
            }
            characters = characters.dropFirst()
            if verb == "%" {
                output.append("%")
                continue
            }
            guard let argument = remaining.first else {
                output += "%!\(verb)(MISSING)"
                continue
            }
            remaining = remaining.dropFirst()
            output += formatArgument(argument, spec: spec, verb: verb)
        }
        if !remaining.isEmpty {
            output += "%!(EXTRA " + remaining.map(\.text).joined(separator: ", ") + ")"
        }
        return output
    }

    private static func formatArgument(_ argument: TemplateValue, spec: String, verb: Character) -> String {
        switch (verb, argument) {
        case ("s", _), ("v", .string):
            return String(format: spec + "@", argument.text as NSString)
        case ("v", .number(let number)):
            return v(number)
        case ("q", _):
            return "\"" + argument.text.replacingOccurrences(of: "\"", with: "\\\"") + "\""
        case ("d", .number(let number)):
            return String(format: spec + "lld", Int64(number.rounded(.towardZero)))
        case ("f", .number(let number)), ("F", .number(let number)), ("e", .number(let number)),
            ("g", .number(let number)), ("x", .number(let number)):
            if verb == "x" { return String(format: spec + "llx", Int64(number)) }
            return String(format: spec + String(verb == "F" ? "f" : verb), number)
        default:
            return "%!\(verb)(\(argument.text))"
        }
    }
}
