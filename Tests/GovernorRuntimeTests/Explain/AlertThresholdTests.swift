import GovernorCore
import GovernorQuery
import Testing

@testable import GovernorRuntime

@Suite struct AlertThresholdTests {
    @Test(arguments: [
        ("governor:compliance_index < 70", "< 70", 69.9, true),
        ("(sum(rate(a[5m])) / sum(rate(b[5m]))) > 0.05", "> 0.05", 0.05, false),
        ("10 < x", "10 <", 11.0, true),
        ("x >= -1", ">= -1", -1.0, true),
    ])
    func findsTheComparisonAgainstANumber(expression: String, text: String, value: Double, holds: Bool) throws {
        let threshold = try #require(AlertThreshold.find(in: try Parser.parse(expression)))
        #expect(threshold.text == text)
        #expect(threshold.holds(for: value) == holds)
    }

    @Test(arguments: ["x > bool 3", "x > y", "(a > 1) and (b > 2)", "up"])
    func expressionsWithoutASingleThresholdHaveNone(expression: String) throws {
        #expect(AlertThreshold.find(in: try Parser.parse(expression)) == nil)
    }
}
