import Foundation
import GovernorQuery

/// Go's `printf` as alert templates use it.
enum GoPrintf {
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
            return GoFloatFormat.general(number)
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
