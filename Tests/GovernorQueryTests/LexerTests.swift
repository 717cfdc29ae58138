import Testing

@testable import GovernorQuery

@Suite struct LexerTests {
    private func kinds(_ text: String) -> [TokenKind] { Lexer.tokenize(text).map(\.kind) }

    @Test func lexesOperatorsAndKeywordsCaseInsensitively() {
        #expect(
            kinds("a AND b Or c unless d") == [
                .identifier, .binary(.and), .identifier, .binary(.or), .identifier, .binary(.unless), .identifier,
                .endOfInput,
            ])
        #expect(kinds("SUM BY") == [.aggregator(.sum), .keyword(.by), .endOfInput])
        #expect(
            kinds("== != >= <= > < ^ %") == [
                .binary(.equal), .binary(.notEqual), .binary(.greaterOrEqual), .binary(.lessOrEqual), .binary(.greater),
                .binary(.less), .binary(.power), .binary(.modulo), .endOfInput,
            ])
    }

    @Test func lexesNumbersAndDurations() {
        #expect(kinds("1 .5 1e3 0x1f Inf nAn") == [.number, .number, .number, .number, .number, .number, .endOfInput])
        #expect(kinds("x[1h30m]") == [.identifier, .leftBracket, .duration, .rightBracket, .endOfInput])
        #expect(
            kinds("x[5m:1m]") == [.identifier, .leftBracket, .duration, .colon, .duration, .rightBracket, .endOfInput])
    }

    @Test func colonsOutsideBracketsBelongToMetricNames() {
        #expect(kinds("job:rate5m") == [.metricIdentifier, .endOfInput])
    }

    @Test func insideBracesKeywordsAreIdentifiers() {
        #expect(
            kinds("{by=\"a\", on!~'b'}") == [
                .leftBrace, .identifier, .assign, .string, .comma, .identifier, .regexNoMatch, .string, .rightBrace,
                .endOfInput,
            ])
    }

    @Test func dropsComments() {
        #expect(kinds("x # a comment\n + 1") == [.identifier, .binary(.add), .number, .endOfInput])
    }

    @Test func recordsByteRanges() {
        let tokens = Lexer.tokenize("é + foo")
        #expect(tokens.first?.kind == .error("unexpected character: 'é'"))
        let ranges = Lexer.tokenize("ab + \"c\"").map(\.range)
        #expect(
            ranges == [
                SourceRange(start: 0, end: 2), SourceRange(start: 3, end: 4), SourceRange(start: 5, end: 8),
                SourceRange(start: 8, end: 8),
            ])
    }

    @Test(arguments: [
        ("\"abc", "unterminated quoted string"),
        ("`abc", "unterminated raw string"),
        ("\"a\\qb\"", "unknown escape sequence U+0071 'q'"),
        ("\"\\x4\"", "illegal character U+0022 '\"' in escape sequence"),
        ("\"\\uD800\"", "escape sequence is an invalid Unicode code point"),
        ("(1", "unclosed left parenthesis"),
        ("1)", "unexpected right parenthesis ')'"),
        ("x[5m", "unclosed left bracket"),
        ("x[5]", "missing unit character in duration"),
        ("x[5mm]", "bad duration syntax: \"5mm\""),
        ("1a", "bad number or duration syntax: \"1\""),
        ("{a=\"b\"", "unexpected end of input inside braces"),
        ("{a:b=\"c\"}", "unexpected character inside braces: ':'"),
        ("a ! b", "unexpected character after '!': ' '"),
        ("}", "unexpected right brace '}'"),
        ("$", "unexpected character: '$'"),
    ])
    func reportsLexicalErrors(text: String, message: String) {
        #expect(Lexer.tokenize(text).last?.kind == .error(message))
    }
}
