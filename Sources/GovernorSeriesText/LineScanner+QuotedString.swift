extension LineScanner {
    /// Reads a PromQL string literal (`"…"`, `'…'` or a raw `` `…` ``) and returns its unescaped text.
    /// Escapes follow Go's: `\a \b \f \n \r \t \v \\ \' \"`, `\ooo`, `\xhh`, `\uhhhh`, `\Uhhhhhhhh`.
    public mutating func readQuotedString() throws(NotationError) -> String {
        let openingColumn = column
        guard let quote = advance(), quote == "\"" || quote == "'" || quote == "`" else {
            throw error("expected a quoted string", atColumn: openingColumn)
        }
        var text = ""
        while true {
            guard let character = advance() else {
                throw error("unterminated quoted string", atColumn: openingColumn)
            }
            if character == quote { return text }
            if character == "\\" && quote != "`" {
                text.unicodeScalars.append(try readEscape(quote: quote))
            } else {
                text.append(character)
            }
        }
    }

    private mutating func readEscape(quote: Character) throws(NotationError) -> Unicode.Scalar {
        let escapeColumn = column - 1
        guard let character = advance() else { throw error("unterminated quoted string", atColumn: escapeColumn) }
        switch character {
        case "a": return "\u{07}"
        case "b": return "\u{08}"
        case "f": return "\u{0C}"
        case "n": return "\n"
        case "r": return "\r"
        case "t": return "\t"
        case "v": return "\u{0B}"
        case "\\": return "\\"
        case quote: return quote.unicodeScalars.first!
        case "x": return try readCodePoint(hexDigits: 2, escapeColumn: escapeColumn)
        case "u": return try readCodePoint(hexDigits: 4, escapeColumn: escapeColumn)
        case "U": return try readCodePoint(hexDigits: 8, escapeColumn: escapeColumn)
        case "0"..."7":
            var digits = String(character)
            for _ in 0..<2 {
                guard let next = peek, ("0"..."7").contains(next) else {
                    throw error("invalid octal escape sequence", atColumn: escapeColumn)
                }
                digits.append(next)
                _ = advance()
            }
            guard let value = UInt32(digits, radix: 8), value <= 255, let scalar = Unicode.Scalar(value) else {
                throw error("octal escape value > 255: \(digits)", atColumn: escapeColumn)
            }
            return scalar
        default:
            throw error("unknown escape sequence \(goQuoted(String(character)))", atColumn: escapeColumn)
        }
    }

    private mutating func readCodePoint(hexDigits: Int, escapeColumn: Int) throws(NotationError) -> Unicode.Scalar {
        var digits = ""
        for _ in 0..<hexDigits {
            guard let next = peek, next.isHexDigit, next.isASCII else {
                throw error("invalid hexadecimal escape sequence", atColumn: escapeColumn)
            }
            digits.append(next)
            _ = advance()
        }
        guard let value = UInt32(digits, radix: 16), let scalar = Unicode.Scalar(value) else {
            throw error("invalid Unicode code point in escape sequence", atColumn: escapeColumn)
        }
        return scalar
    }
}
