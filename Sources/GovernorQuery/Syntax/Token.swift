/// Words the lexer recognises case-insensitively that are neither operators nor aggregations.
enum Keyword: String, Sendable, Hashable, CaseIterable {
    case by, without, on, ignoring, bool, offset, start, end
    case groupLeft = "group_left"
    case groupRight = "group_right"
}

/// What kind of lexeme a token is; mirrors Prometheus's item types so error messages read the same.
enum TokenKind: Sendable, Hashable {
    case endOfInput
    /// A lexical error; the lexer stops after emitting one.
    case error(String)
    case identifier
    /// An identifier containing a colon, such as a recording rule name.
    case metricIdentifier
    case number
    case string
    case duration
    case leftParen, rightParen, leftBrace, rightBrace, leftBracket, rightBracket
    case comma, colon, at
    /// `=` inside a selector.
    case assign
    case regexMatch, regexNoMatch
    case binary(BinaryOperator)
    case keyword(Keyword)
    case aggregator(AggregateOperator)
}

/// One lexeme with the UTF-8 byte range it came from.
struct Token: Sendable, Hashable {
    var kind: TokenKind
    var text: String
    var range: SourceRange

    /// How Prometheus names the token in "unexpected ..." messages (its `Item.desc()`).
    var errorDescription: String {
        switch kind {
        case .endOfInput: "end of input"
        case .error(let message): message
        case .identifier: "identifier \(goQuoted(text))"
        case .metricIdentifier: "metric identifier \(goQuoted(text))"
        case .number: "number \(shortQuoted)"
        case .string: "string \(shortQuoted)"
        case .duration: "duration \(shortQuoted)"
        case .leftParen, .rightParen, .leftBrace, .rightBrace, .leftBracket, .rightBracket, .comma, .colon, .at:
            goQuoted(text)
        case .assign, .regexMatch, .regexNoMatch, .binary: "<op:\(text)>"
        case .keyword: "<\(text)>"
        case .aggregator: "<aggr:\(text)>"
        }
    }

    /// Go's `%.10q...` for long values: the first ten characters, quoted, then an ellipsis.
    private var shortQuoted: String {
        text.count > 10 ? goQuoted(String(text.prefix(10))) + "..." : goQuoted(text)
    }
}
