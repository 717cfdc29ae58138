import Testing

@testable import GovernorQuery

@Suite struct ParserErrorTests {
    /// Bad inputs, the message Prometheus gives, and the 1-based column the error points at.
    @Test(arguments: [
        ("", "no expression found in input", 1),
        ("1 +", "unexpected end of input", 4),
        ("1 2", "unexpected number \"2\"", 3),
        ("foo bar", "unexpected identifier \"bar\"", 5),
        ("(1", "unclosed left parenthesis", 3),
        ("\"abc", "unterminated quoted string", 1),
        ("{}", "vector selector must contain at least one non-empty matcher", 1),
        ("{a=\"\", b=~\".*\"}", "vector selector must contain at least one non-empty matcher", 1),
        ("foo{__name__=\"bar\"}", "metric name must not be set twice: \"foo\" or \"bar\"", 1),
        ("{a=\"b\" c=\"d\"}", "unexpected identifier \"c\" in label matching, expected \",\" or \"}\"", 8),
        ("{a \"b\"}", "unexpected string \"\\\"b\\\"\" in label matching, expected label matching operator", 4),
        ("{a=b}", "unexpected identifier \"b\" in label matching, expected string", 4),
        (
            "1 offset 5m",
            "offset modifier must be preceded by an instant vector selector or range vector selector or a subquery", 1
        ),
        (
            "sum(x) @ 5",
            "@ modifier must be preceded by an instant vector selector or range vector selector or a subquery", 1
        ),
        ("x offset 1m offset 2m", "offset may not be set multiple times", 1),
        ("x @ 1 @ 2", "@ <timestamp> may not be set multiple times", 1),
        ("x @ Inf", "timestamp out of bounds for @ modifier: +Inf", 1),
        ("x @ foo", "unexpected identifier \"foo\" in @, expected timestamp", 5),
        ("x offset", "unexpected end of input in offset, expected duration", 9),
        ("x offset 0s", "duration must be greater than 0", 10),
        ("x[0s]", "duration must be greater than 0", 3),
        ("x[5m:0m]", "duration must be greater than 0", 6),
        ("x[5m", "unclosed left bracket", 5),
        ("x offset 1m [5m]", "no offset modifiers allowed before range", 13),
        ("(x)[5m]", "ranges only allowed for vector selectors", 4),
        ("x[5m] [5m]", "ranges only allowed for vector selectors", 7),
        (
            "x[5m:1m][5m:]",
            "subquery is only allowed on instant vector, got range vector in \"x[5m:1m][5m:]\" instead", 1
        ),
        ("foo(x)", "unknown function with name \"foo\"", 1),
        ("rate(x)", "expected type range vector in call to function \"rate\", got instant vector", 6),
        ("time(1)", "expected 0 argument(s) in call to \"time\", got 1", 1),
        ("round()", "expected at least 1 argument(s) in call to \"round\", got 0", 1),
        ("round(x, 1, 2)", "expected at most 2 argument(s) in call to \"round\", got 3", 1),
        ("label_join(x, \"a\", \"b\", 1)", "expected type string in call to function \"label_join\", got scalar", 25),
        ("rate(x[5m],)", "trailing commas not allowed in function call args", 11),
        ("sum()", "no arguments for aggregate expression provided", 1),
        ("topk(x)", "wrong number of arguments for aggregate expression provided, expected 2, got 1", 1),
        ("sum(1, x)", "wrong number of arguments for aggregate expression provided, expected 1, got 2", 1),
        ("count_values(1, x)", "expected type string in aggregation parameter, got scalar", 14),
        ("quantile(\"a\", x)", "expected type scalar in aggregation parameter, got string", 10),
        ("sum(x[5m])", "expected type instant vector in aggregation expression, got range vector", 5),
        ("sum by (1) (x)", "unexpected number \"1\" in grouping opts, expected label", 9),
        ("sum by x", "unexpected identifier \"x\" in grouping opts, expected \"(\"", 8),
        ("sum by (a) 1", "unexpected number \"1\" in aggregation", 12),
        ("1 == 1", "comparisons between scalars must use BOOL modifier", 3),
        ("x + bool y", "bool modifier can only be used on comparison operators", 3),
        ("x and 1", "set operator \"and\" not allowed in binary scalar expression", 1),
        ("x and on(a) group_left y", "no grouping allowed for \"and\" operation", 1),
        ("1 + on(a) x", "vector matching only allowed between instant vectors", 1),
        ("x + on(a) group_left(a) y", "label \"a\" must not occur in ON and GROUP clause at once", 3),
        ("x[5m] + 1", "binary expression must contain only scalar and instant vector types", 1),
        ("-\"a\"", "unary expression only allowed on expressions of type scalar or instant vector, got \"string\"", 1),
        ("x{a=~\"(\"}", "error parsing regexp: invalid regular expression \"(\"", 3),
        ("1\n+ )", "unexpected right parenthesis ')'", 3),
    ])
    func reportsPreciseErrors(input: String, message: String, column: Int) {
        do {
            let expr = try Parser.parse(input)
            Issue.record("parsed \(input) as \(expr) instead of failing")
        } catch {
            #expect(error.message == message)
            #expect(error.position.column == column)
        }
    }

    @Test func rendersACaretUnderTheError() {
        do {
            _ = try Parser.parse("sum(rate(x))")
            Issue.record("expected a type error")
        } catch {
            #expect(
                error.rendered == """
                    1:10: error: expected type range vector in call to function "rate", got instant vector
                    sum(rate(x))
                             ^
                    """)
        }
    }

    @Test func refusesNestingDeeperThanTheLimit() {
        let deep = String(repeating: "(", count: 400) + "1" + String(repeating: ")", count: 400)
        #expect(throws: ParseError.self) { try Parser.parse(deep) }
        let deepUnary = String(repeating: "-", count: 5_000) + "x"
        #expect(throws: ParseError.self) { try Parser.parse(deepUnary) }
        let fine = String(repeating: "(", count: 50) + "1" + String(repeating: ")", count: 50)
        #expect((try? Parser.parse(fine)) != nil)
    }
}
