import Testing

@testable import GovernorQuery

@Suite struct ParserTests {
    /// Inputs and Prometheus's canonical printing of them.
    @Test(arguments: [
        ("sum by (job) (rate(x{a=\"b\"}[5m] offset 1m))", "sum by (job) (rate(x{a=\"b\"}[5m] offset 1m))"),
        ("sum(rate(x[5m])) by (job)", "sum by (job) (rate(x[5m]))"),
        ("SUM WITHOUT (a,b,) (x)", "sum without (a, b) (x)"),
        ("foo{b=\"c\", a=~\"d.*\",}", "foo{a=~\"d.*\",b=\"c\"}"),
        ("{__name__=\"up\"}", "{__name__=\"up\"}"),
        ("x offset 5m @ 100", "x @ 100.000 offset 5m"),
        ("x @ start() offset -1h", "x @ start() offset -1h"),
        ("x[90m] @ end()", "x[1h30m] @ end()"),
        ("rate(x[5m])[30m:1m] offset 1w", "rate(x[5m])[30m:1m] offset 1w"),
        ("x[5m:]", "x[5m:]"),
        ("topk(3, x)", "topk(3, x)"),
        ("count_values('value', x)", "count_values(\"value\", x)"),
        ("a + on(b) group_left(c) d", "a + on (b) group_left (c) d"),
        ("a * ignoring(b) group_right d", "a * ignoring (b) group_right () d"),
        ("a and on() b", "a and on () b"),
        ("1 > bool 2", "1 > bool 2"),
        ("1 + 2 * 3", "1 + 2 * 3"),
        ("(1 + 2) * 3", "(1 + 2) * 3"),
        ("0x1f + .5 + 1e3 + 017", "31 + 0.5 + 1000 + 15"),
        ("Inf", "+Inf"), ("-inf", "-Inf"), ("NaN", "NaN"), ("1e-7", "0.0000001"),
        ("'a\\'b'", "\"a'b\""), ("`raw\\n`", "\"raw\\\\n\""), ("\"\\u00e9\\x41\\101\"", "\"éAA\""),
        ("label_join(x, \"dst\", \",\", \"a\", \"b\", \"c\")", "label_join(x, \"dst\", \",\", \"a\", \"b\", \"c\")"),
        ("round(x)", "round(x)"),
        ("by + without + offset", "by + without + offset"),
        ("sum{job=\"a\"}", "sum{job=\"a\"}"),
        ("job:rate5m{a=\"b\"} # trailing comment", "job:rate5m{a=\"b\"}"),
        ("-x", "-x"),
        ("- -1", "1"),
        ("sum by (on, by, and) (x)", "sum by (on, by, and) (x)"),
    ])
    func printsCanonically(input: String, printed: String) throws {
        let expr = try Parser.parse(input)
        #expect(expr.description == printed)
        #expect(try Parser.parse(expr.description).description == printed)
    }

    @Test func powerBindsTighterThanUnaryMinus() throws {
        guard case .unary(let unary) = try Parser.parse("-2^2") else {
            Issue.record("expected a unary minus at the top")
            return
        }
        #expect(unary.op == .minus)
        guard case .binary(let power) = unary.expr else {
            Issue.record("expected 2^2 under the minus")
            return
        }
        #expect(power.op == .power)
    }

    @Test func powerIsRightAssociative() throws {
        guard case .binary(let top) = try Parser.parse("2 ^ 3 ^ 2") else {
            Issue.record("expected a binary expression")
            return
        }
        #expect(top.lhs == .number(NumberLiteral(value: 2, range: SourceRange(start: 0, end: 1))))
        guard case .binary(let right) = top.rhs else {
            Issue.record("expected 3 ^ 2 on the right")
            return
        }
        #expect(right.op == .power)
    }

    @Test func subtractionIsLeftAssociative() throws {
        guard case .binary(let top) = try Parser.parse("5 - 2 - 1") else {
            Issue.record("expected a binary expression")
            return
        }
        #expect(top.rhs == .number(NumberLiteral(value: 1, range: SourceRange(start: 8, end: 9))))
    }

    @Test func foldsSignIntoNumberLiteral() throws {
        #expect(try Parser.parse("-1") == .number(NumberLiteral(value: -1, range: SourceRange(start: 0, end: 2))))
        #expect(try Parser.parse("+ 2") == .number(NumberLiteral(value: 2, range: SourceRange(start: 0, end: 3))))
    }

    @Test func selectorKeepsWrittenNameAndAddsNameMatcher() throws {
        guard case .vectorSelector(let selector) = try Parser.parse("up{job=\"a\"} offset 5m") else {
            Issue.record("expected a vector selector")
            return
        }
        #expect(selector.name == "up")
        #expect(selector.matchers.map(\.description) == ["job=\"a\"", "__name__=\"up\""])
        #expect(selector.offset == 300_000)
        #expect(selector.range == SourceRange(start: 0, end: 21))
    }

    @Test func atModifierRoundsToMilliseconds() throws {
        guard case .vectorSelector(let selector) = try Parser.parse("x @ -0.0016") else {
            Issue.record("expected a vector selector")
            return
        }
        #expect(selector.at == .timestamp(-2))
    }

    @Test func vectorMatchingIsFilledOnlyBetweenInstantVectors() throws {
        guard case .binary(let vectors) = try Parser.parse("a + b"),
            case .binary(let setOperation) = try Parser.parse("a or b"),
            case .binary(let withScalar) = try Parser.parse("a + on() 1")
        else {
            Issue.record("expected binary expressions")
            return
        }
        #expect(vectors.matching == VectorMatching(cardinality: .oneToOne, matchingLabels: [], on: false, include: []))
        #expect(setOperation.matching?.cardinality == .manyToMany)
        #expect(withScalar.matching == nil)
    }

    @Test func nodeRangesCoverTheirText() throws {
        let text = "sum by (a) (rate(x[5m])) / (1)"
        guard case .binary(let division) = try Parser.parse(text) else {
            Issue.record("expected a division")
            return
        }
        let utf8 = Array(text.utf8)
        func slice(_ range: SourceRange) -> String { String(decoding: utf8[range.start..<range.end], as: UTF8.self) }
        #expect(slice(division.range) == text)
        #expect(slice(division.lhs.range) == "sum by (a) (rate(x[5m]))")
        #expect(slice(division.rhs.range) == "(1)")
    }
}
