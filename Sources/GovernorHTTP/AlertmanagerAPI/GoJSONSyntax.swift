/// Finds the first syntax error in a JSON text and words it as Go's `encoding/json` does (`invalid character 'x'
/// looking for beginning of value`, `unexpected end of JSON input`), because Foundation's decoder only says "the
/// given data was not valid JSON" and Alertmanager's clients expect Go's reasons.
struct GoJSONSyntax {
    private let bytes: [UInt8]
    private var index = 0

    /// nil when `bytes` is one valid JSON value (with surrounding whitespace).
    static func error(in bytes: [UInt8]) -> String? {
        var scanner = GoJSONSyntax(bytes: bytes)
        do {
            try scanner.value()
            scanner.skipSpace()
            if let byte = scanner.peek { throw Failure.invalid(byte, "after top-level value") }
            return nil
        } catch let failure as Failure {
            return failure.message
        } catch {
            return "\(error)"
        }
    }

    private init(bytes: [UInt8]) { self.bytes = bytes }

    private enum Failure: Error {
        case end
        case invalid(UInt8, String)

        var message: String {
            switch self {
            case .end: "unexpected end of JSON input"
            case .invalid(let byte, let context): "invalid character \(GoJSONSyntax.quote(byte)) \(context)"
            }
        }
    }

    private var peek: UInt8? { index < bytes.count ? bytes[index] : nil }

    private mutating func next() throws(Failure) -> UInt8 {
        guard let byte = peek else { throw .end }
        index += 1
        return byte
    }

    private mutating func skipSpace() {
        while let byte = peek, byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D { index += 1 }
    }

    private mutating func value() throws(Failure) {
        skipSpace()
        let byte = try next()
        switch byte {
        case UInt8(ascii: "{"): try object()
        case UInt8(ascii: "["): try array()
        case UInt8(ascii: "\""): try string()
        case UInt8(ascii: "t"): try literal("true")
        case UInt8(ascii: "f"): try literal("false")
        case UInt8(ascii: "n"): try literal("null")
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): try number(first: byte)
        default: throw .invalid(byte, "looking for beginning of value")
        }
    }

    private mutating func object() throws(Failure) {
        skipSpace()
        if peek == UInt8(ascii: "}") {
            index += 1
            return
        }
        while true {
            skipSpace()
            let quote = try next()
            guard quote == UInt8(ascii: "\"") else {
                throw .invalid(quote, "looking for beginning of object key string")
            }
            try string()
            skipSpace()
            let colon = try next()
            guard colon == UInt8(ascii: ":") else { throw .invalid(colon, "after object key") }
            try value()
            skipSpace()
            let separator = try next()
            if separator == UInt8(ascii: "}") { return }
            guard separator == UInt8(ascii: ",") else { throw .invalid(separator, "after object key:value pair") }
        }
    }

    private mutating func array() throws(Failure) {
        skipSpace()
        if peek == UInt8(ascii: "]") {
            index += 1
            return
        }
        while true {
            try value()
            skipSpace()
            let separator = try next()
            if separator == UInt8(ascii: "]") { return }
            guard separator == UInt8(ascii: ",") else { throw .invalid(separator, "after array element") }
        }
    }

    private mutating func string() throws(Failure) {
        while true {
            let byte = try next()
            switch byte {
            case UInt8(ascii: "\""): return
            case UInt8(ascii: "\\"):
                let escape = try next()
                if escape == UInt8(ascii: "u") {
                    for _ in 0..<4 {
                        let digit = try next()
                        guard Self.isHexDigit(digit) else {
                            throw .invalid(digit, "in \\u hexadecimal character escape")
                        }
                    }
                } else if !Array("\"\\/bfnrt".utf8).contains(escape) {
                    throw .invalid(escape, "in string escape code")
                }
            case 0..<0x20: throw .invalid(byte, "in string literal")
            default: continue
            }
        }
    }

    private mutating func literal(_ word: String) throws(Failure) {
        for expected in word.utf8.dropFirst() {
            let byte = try next()
            guard byte == expected else {
                throw .invalid(byte, "in literal \(word) (expecting \(Self.quote(expected)))")
            }
        }
    }

    /// Go's grammar: `-? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?`; whatever follows is the container's
    /// business, as in Go's scanner.
    private mutating func number(first: UInt8) throws(Failure) {
        var leading = first
        if first == UInt8(ascii: "-") {
            leading = try next()
            guard Self.isDigit(leading) else { throw .invalid(leading, "in numeric literal") }
        }
        if leading != UInt8(ascii: "0") { skipDigits() }
        if peek == UInt8(ascii: ".") {
            index += 1
            let digit = try next()
            guard Self.isDigit(digit) else { throw .invalid(digit, "in numeric literal") }
            skipDigits()
        }
        if peek == UInt8(ascii: "e") || peek == UInt8(ascii: "E") {
            index += 1
            var digit = try next()
            if digit == UInt8(ascii: "+") || digit == UInt8(ascii: "-") { digit = try next() }
            guard Self.isDigit(digit) else { throw .invalid(digit, "in numeric literal") }
            skipDigits()
        }
    }

    private mutating func skipDigits() {
        while let byte = peek, Self.isDigit(byte) { index += 1 }
    }

    private static func isDigit(_ byte: UInt8) -> Bool { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) }

    private static func isHexDigit(_ byte: UInt8) -> Bool {
        isDigit(byte) || (UInt8(ascii: "a")...UInt8(ascii: "f")).contains(byte)
            || (UInt8(ascii: "A")...UInt8(ascii: "F")).contains(byte)
    }

    /// Go's `quoteChar`: `'x'`, with `strconv.Quote`'s escapes for what is not printable.
    static func quote(_ byte: UInt8) -> String {
        switch byte {
        case UInt8(ascii: "'"): return "'\\''"
        case UInt8(ascii: "\""): return "'\"'"
        case UInt8(ascii: "\\"): return "'\\\\'"
        case 0x0A: return "'\\n'"
        case 0x09: return "'\\t'"
        case 0x0D: return "'\\r'"
        case 0x20..<0x7F: return "'\(Character(Unicode.Scalar(byte)))'"
        default:
            let hex = String(byte, radix: 16)
            return byte < 0x80 ? "'\\x\(hex.count < 2 ? "0" : "")\(hex)'" : "'\\u00\(hex)'"
        }
    }
}
