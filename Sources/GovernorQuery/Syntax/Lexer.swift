/// Splits PromQL text into tokens, following Prometheus's lexer state by state (statements, inside braces,
/// after a left bracket), so that the same inputs are accepted and the same lexical errors are reported.
///
/// Lexing stops at the first error, which becomes a final `.error` token; the parser reports it only when it
/// reaches it, so earlier syntax errors win, as they do in Prometheus.
struct Lexer {
    private let bytes: [UInt8]
    private var position = 0
    private var tokenStart = 0
    private var parenDepth = 0
    private var braceOpen = false
    private var bracketOpen = false
    private var gotColon = false
    private var tokens: [Token] = []

    init(_ text: String) {
        bytes = Array(text.utf8)
        // Rule expressions average a token per three or four bytes; growing the array from empty reallocated and
        // copied it five or six times per expression, an eighth of reading a policy file.
        tokens.reserveCapacity(bytes.count / 3 + 2)
    }

    /// Every token of `text`, ending with `.endOfInput` or `.error`. Comments are dropped.
    static func tokenize(_ text: String) -> [Token] {
        var lexer = Lexer(text)
        return lexer.run()
    }

    private mutating func run() -> [Token] {
        while true {
            skipSpacesAndComments()
            tokenStart = position
            switch lexOne() {
            case .endOfInput, .error: return tokens
            default: continue
            }
        }
    }

    // MARK: - Cursor

    private func peek(_ ahead: Int = 0) -> UInt8? {
        position + ahead < bytes.count ? bytes[position + ahead] : nil
    }

    private mutating func accept(_ set: String) -> Bool {
        guard let byte = peek(), set.utf8.contains(byte) else { return false }
        position += 1
        return true
    }

    private mutating func acceptRun(_ set: String) {
        while accept(set) {}
    }

    private var currentText: String { String(decoding: bytes[tokenStart..<position], as: UTF8.self) }

    @discardableResult
    private mutating func emit(_ kind: TokenKind) -> TokenKind {
        tokens.append(Token(kind: kind, text: currentText, range: SourceRange(start: tokenStart, end: position)))
        return kind
    }

    /// Prometheus reports a lexical error from the token's start to the end of the input.
    @discardableResult
    private mutating func fail(_ message: String) -> TokenKind {
        let kind = TokenKind.error(message)
        tokens.append(Token(kind: kind, text: "", range: SourceRange(start: tokenStart, end: bytes.count)))
        return kind
    }

    private mutating func skipSpacesAndComments() {
        while let byte = peek() {
            if isSpace(byte) {
                position += 1
            } else if byte == UInt8(ascii: "#") {
                while let next = peek(), next != UInt8(ascii: "\n"), next != UInt8(ascii: "\r") { position += 1 }
            } else {
                return
            }
        }
    }

    /// The next full character starting at `position`, for error messages about unexpected input.
    private mutating func nextCharacter() -> Character {
        let start = position
        var end = start + 1
        while end < bytes.count, bytes[end] & 0xC0 == 0x80 { end += 1 }
        position = end
        return String(decoding: bytes[start..<end], as: UTF8.self).first ?? "\u{FFFD}"
    }

    // MARK: - States

    private mutating func lexOne() -> TokenKind {
        if braceOpen { return lexInsideBraces() }
        guard let byte = peek() else {
            if parenDepth != 0 { return fail("unclosed left parenthesis") }
            if bracketOpen { return fail("unclosed left bracket") }
            return emit(.endOfInput)
        }
        switch byte {
        case UInt8(ascii: ","):
            position += 1
            return emit(.comma)
        case UInt8(ascii: "*"):
            position += 1
            return emit(.binary(.multiply))
        case UInt8(ascii: "/"):
            position += 1
            return emit(.binary(.divide))
        case UInt8(ascii: "%"):
            position += 1
            return emit(.binary(.modulo))
        case UInt8(ascii: "+"):
            position += 1
            return emit(.binary(.add))
        case UInt8(ascii: "-"):
            position += 1
            return emit(.binary(.subtract))
        case UInt8(ascii: "^"):
            position += 1
            return emit(.binary(.power))
        case UInt8(ascii: "@"):
            position += 1
            return emit(.at)
        case UInt8(ascii: "="):
            position += 1
            if accept("=") { return emit(.binary(.equal)) }
            if peek() == UInt8(ascii: "~") {
                return fail("unexpected character after '=': \(goQuotedCharacter(nextCharacter()))")
            }
            return emit(.assign)
        case UInt8(ascii: "!"):
            position += 1
            if accept("=") { return emit(.binary(.notEqual)) }
            return fail("unexpected character after '!': \(peek() == nil ? "EOF" : goQuotedCharacter(nextCharacter()))")
        case UInt8(ascii: "<"):
            position += 1
            return emit(accept("=") ? .binary(.lessOrEqual) : .binary(.less))
        case UInt8(ascii: ">"):
            position += 1
            return emit(accept("=") ? .binary(.greaterOrEqual) : .binary(.greater))
        case UInt8(ascii: "\""), UInt8(ascii: "'"): return lexQuotedString()
        case UInt8(ascii: "`"): return lexRawString()
        case UInt8(ascii: "("):
            position += 1
            parenDepth += 1
            return emit(.leftParen)
        case UInt8(ascii: ")"):
            position += 1
            parenDepth -= 1
            if parenDepth < 0 { return fail("unexpected right parenthesis ')'") }
            return emit(.rightParen)
        case UInt8(ascii: "{"):
            position += 1
            braceOpen = true
            return emit(.leftBrace)
        case UInt8(ascii: "}"):
            position += 1
            return fail("unexpected right brace '}'")
        case UInt8(ascii: "["):
            position += 1
            if bracketOpen { return fail("unexpected left bracket '['") }
            gotColon = false
            bracketOpen = true
            emit(.leftBracket)
            skipSpacesAndComments()
            tokenStart = position
            return lexDuration()
        case UInt8(ascii: "]"):
            position += 1
            if !bracketOpen { return fail("unexpected right bracket ']'") }
            bracketOpen = false
            return emit(.rightBracket)
        case UInt8(ascii: ":") where bracketOpen:
            position += 1
            if gotColon { return fail("unexpected colon ':'") }
            gotColon = true
            return emit(.colon)
        default:
            if isDigit(byte) || (byte == UInt8(ascii: ".") && peek(1).map(isDigit) == true) {
                return lexNumberOrDuration()
            }
            if isAlpha(byte) || byte == UInt8(ascii: ":") { return lexKeywordOrIdentifier() }
            return fail("unexpected character: \(goQuotedCharacter(nextCharacter()))")
        }
    }

    private mutating func lexInsideBraces() -> TokenKind {
        guard let byte = peek() else { return fail("unexpected end of input inside braces") }
        switch byte {
        case UInt8(ascii: ","):
            position += 1
            return emit(.comma)
        case UInt8(ascii: "\""), UInt8(ascii: "'"): return lexQuotedString()
        case UInt8(ascii: "`"): return lexRawString()
        case UInt8(ascii: "="):
            position += 1
            return emit(accept("~") ? .regexMatch : .assign)
        case UInt8(ascii: "!"):
            position += 1
            if accept("~") { return emit(.regexNoMatch) }
            if accept("=") { return emit(.binary(.notEqual)) }
            let found = peek() == nil ? "EOF" : goQuotedCharacter(nextCharacter())
            return fail("unexpected character after '!' inside braces: \(found)")
        case UInt8(ascii: "{"):
            position += 1
            return fail("unexpected left brace '{'")
        case UInt8(ascii: "}"):
            position += 1
            braceOpen = false
            return emit(.rightBrace)
        default:
            if isAlpha(byte) {
                while let next = peek(), isAlpha(next) || isDigit(next) { position += 1 }
                return emit(.identifier)
            }
            return fail("unexpected character inside braces: \(goQuotedCharacter(nextCharacter()))")
        }
    }

    private mutating func lexKeywordOrIdentifier() -> TokenKind {
        while let next = peek(), isAlpha(next) || isDigit(next) || next == UInt8(ascii: ":") { position += 1 }
        // Metric names are mostly longer than any reserved word, and need no lowercasing or lookup then.
        if position - tokenStart <= Self.longestReservedWord, let kind = Self.reservedWords[currentText.lowercased()] {
            return emit(kind)
        }
        return emit(bytes[tokenStart..<position].contains(UInt8(ascii: ":")) ? .metricIdentifier : .identifier)
    }

    /// Words that are not identifiers, in any case: `inf` and `nan`, the word operators, aggregations, keywords.
    private static let reservedWords: [String: TokenKind] = {
        // Inserted from the weakest claim to the strongest, so a word in two lists gets the first list's kind.
        var words: [String: TokenKind] = [:]
        for keyword in Keyword.allCases { words[keyword.rawValue] = .keyword(keyword) }
        for aggregator in AggregateOperator.allCases { words[aggregator.rawValue] = .aggregator(aggregator) }
        for op in BinaryOperator.allCases where op.isSetOperator || op == .atan2 { words[op.rawValue] = .binary(op) }
        words["inf"] = .number
        words["nan"] = .number
        return words
    }()

    private static let longestReservedWord = reservedWords.keys.map(\.utf8.count).max() ?? 0

    // MARK: - Numbers and durations

    /// Scans digits, a fraction and an exponent; true when what follows cannot continue a word.
    private mutating func scanNumber() -> Bool {
        var digits = "0123456789"
        if accept("0") && accept("xX") { digits = "0123456789abcdefABCDEF" }
        acceptRun(digits)
        if accept(".") { acceptRun(digits) }
        if accept("eE") {
            _ = accept("+-")
            acceptRun("0123456789")
        }
        guard let next = peek() else { return true }
        return !isAlpha(next) && !isDigit(next)
    }

    /// After a number, the rest of a duration: units with optional further `<digits><unit>` groups.
    private mutating func acceptRemainingDuration() -> Bool {
        guard accept("smhdwy") else { return false }
        _ = accept("s")  // `ms`; bad pairs such as `hs` fail later, in PrometheusDuration.parse.
        while accept("0123456789") {
            acceptRun("0123456789")
            guard accept("smhdw") else { return false }
            _ = accept("s")
        }
        guard let next = peek() else { return true }
        if isAlpha(next) || isDigit(next) {
            position += 1
            return false
        }
        return true
    }

    private mutating func lexNumberOrDuration() -> TokenKind {
        if scanNumber() { return emit(.number) }
        if acceptRemainingDuration() { return emit(.duration) }
        return fail("bad number or duration syntax: \(goQuoted(currentText))")
    }

    /// Right after `[`: only a duration may follow.
    private mutating func lexDuration() -> TokenKind {
        if scanNumber() { return fail("missing unit character in duration") }
        if acceptRemainingDuration() { return emit(.duration) }
        return fail("bad duration syntax: \(goQuoted(currentText))")
    }

    // MARK: - Strings

    private mutating func lexQuotedString() -> TokenKind {
        let quote = bytes[position]
        position += 1
        while let byte = peek() {
            position += 1
            switch byte {
            case quote: return emit(.string)
            case UInt8(ascii: "\n"): return fail("unterminated quoted string")
            case UInt8(ascii: "\\"):
                if let message = scanEscape(quote: quote) { return fail(message) }
            default: continue
            }
        }
        return fail("unterminated quoted string")
    }

    /// Validates one escape sequence after a backslash; the error message when it is invalid.
    private mutating func scanEscape(quote: UInt8) -> String? {
        guard let byte = peek() else { return "escape sequence not terminated" }
        let character = nextCharacter()
        let (count, base, maximum): (Int, UInt32, UInt32)
        switch byte {
        case UInt8(ascii: "a"), UInt8(ascii: "b"), UInt8(ascii: "f"), UInt8(ascii: "n"), UInt8(ascii: "r"),
            UInt8(ascii: "t"), UInt8(ascii: "v"), UInt8(ascii: "\\"), quote:
            return nil
        case UInt8(ascii: "0")...UInt8(ascii: "7"):
            position -= 1
            (count, base, maximum) = (3, 8, 255)
        case UInt8(ascii: "x"): (count, base, maximum) = (2, 16, 255)
        case UInt8(ascii: "u"): (count, base, maximum) = (4, 16, 0x10FFFF)
        case UInt8(ascii: "U"): (count, base, maximum) = (8, 16, 0x10FFFF)
        default: return "unknown escape sequence \(goUnicodeNotation(character))"
        }
        var value: UInt32 = 0
        for _ in 0..<count {
            guard let digitByte = peek() else { return "escape sequence not terminated" }
            let digit = Character(Unicode.Scalar(digitByte)).hexDigitValue.map(UInt32.init)
            guard let digit, digit < base else {
                return "illegal character \(goUnicodeNotation(nextCharacter())) in escape sequence"
            }
            position += 1
            value = value * base + digit
        }
        if value > maximum || (0xD800..<0xE000).contains(value) {
            return "escape sequence is an invalid Unicode code point"
        }
        return nil
    }

    private mutating func lexRawString() -> TokenKind {
        position += 1
        while let byte = peek() {
            position += 1
            if byte == UInt8(ascii: "`") { return emit(.string) }
        }
        return fail("unterminated raw string")
    }
}

private func isSpace(_ byte: UInt8) -> Bool {
    byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r")
}

private func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }

private func isAlpha(_ byte: UInt8) -> Bool {
    byte == UInt8(ascii: "_") || (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z"))
        || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z"))
}

/// Go's `%#U`: `U+0071 'q'`.
private func goUnicodeNotation(_ character: Character) -> String {
    let scalar = character.unicodeScalars.first!
    let hex = String(scalar.value, radix: 16, uppercase: true)
    return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex + " '\(character)'"
}
