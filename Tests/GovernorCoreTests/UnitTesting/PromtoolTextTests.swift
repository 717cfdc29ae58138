import GovernorQuery
import Testing

@testable import GovernorCore

/// Expectations are what Go prints (`strconv.FormatFloat(v, 'E', -1, 64)`, `time.Duration.String()`), the spellings
/// promtool's messages use.
@Suite struct PromtoolTextTests {
    @Test(arguments: [
        (0.0, "0E+00"), (1, "1E+00"), (61, "6.1E+01"), (0.001, "1E-03"), (-2.5, "-2.5E+00"), (1e21, "1E+21"),
        (123_456_789, "1.23456789E+08"), (9_218_880_000, "9.21888E+09"), (0.1 + 0.2, "3.0000000000000004E-01"),
        (.nan, "NaN"), (.infinity, "+Inf"), (-.infinity, "-Inf"),
    ])
    func exponentForm(value: Double, text: String) {
        #expect(PromtoolText.exponent(value) == text)
    }

    @Test(arguments: [
        (Int64(0), "0s"), (500, "500ms"), (1000, "1s"), (60_000, "1m0s"), (179_999, "2m59.999s"), (3_600_000, "1h0m0s"),
        (86_400_000, "24h0m0s"), (1_500, "1.5s"),
    ])
    func goDuration(milliseconds: Int64, text: String) {
        #expect(PromtoolText.goDuration(milliseconds) == text)
    }

    @Test func labelsPrintTheMetricNameInsideTheBraces() {
        #expect(PromtoolText.labels(["__name__": "up", "job": "a\"b"]) == #"{__name__="up", job="a\"b"}"#)
        #expect(PromtoolText.labels([String: String]()) == "{}")
    }

    @Test func indentLinesLeavesTheFirstLineAlone() {
        #expect(PromtoolText.indentLines("a\nb\nc", "  ") == "a\n  b\n  c")
    }
}
