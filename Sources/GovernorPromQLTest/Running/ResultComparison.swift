public import GovernorQuery

/// Compares what an `eval` returned with what the script expects, as `promql/test.go` does,
/// and says in words what differs. Returns nil when they match.
public enum ResultComparison {
    public static func mismatch(expected: ExpectedResult, actual: Value, ordered: Bool) -> String? {
        switch (expected, actual) {
        case (_, .matrix):
            return "received range result on instant evaluation"
        case (_, .string(let text, _)):
            return "expected \(describe(expected)), got string \(quotedLabelValue(text))"
        case (.scalar(let want), .scalar(let got, _)):
            return almostEqual(want, got) ? nil : "expected \(number(want)), got \(number(got))"
        case (.scalar, .vector(let samples)):
            return "expected \(describe(expected)), got a vector of \(plural(samples.count, "sample"))"
        case (.samples, .scalar(let got, _)):
            return "expected \(describe(expected)), got scalar \(number(got))"
        case (.samples(let want), .vector(let got)):
            return vectorMismatch(expected: want, actual: got, ordered: ordered)
        }
    }

    private static func vectorMismatch(expected: [ExpectedSample], actual: InstantVector, ordered: Bool) -> String? {
        var problems: [String] = []
        var positionOfExpected: [Labels: Int] = [:]
        for (position, sample) in expected.enumerated() { positionOfExpected[sample.labels] = position }
        var seen: Set<Labels> = []
        for (position, sample) in actual.enumerated() {
            guard let expectedPosition = positionOfExpected[sample.labels] else {
                problems.append("unexpected \(sample.labels) \(number(sample.value))")
                continue
            }
            if !seen.insert(sample.labels).inserted {
                problems.append("\(sample.labels) appears more than once in the result")
                continue
            }
            let want = expected[expectedPosition]
            if ordered && expectedPosition != position {
                problems.append(
                    "expected \(sample.labels) at position \(expectedPosition + 1), got it at \(position + 1)")
            }
            if !almostEqual(want.value, sample.value) {
                problems.append("expected \(number(want.value)), got \(number(sample.value)) for \(sample.labels)")
            }
        }
        for sample in expected where !seen.contains(sample.labels) {
            problems.append("missing \(sample.labels) \(number(sample.value))")
        }
        guard !problems.isEmpty else { return nil }
        if expected.count != actual.count {
            problems.insert(
                "expected \(plural(expected.count, "sample")), got \(actual.count)", at: 0)
        }
        return problems.joined(separator: "; ")
    }

    private static func describe(_ expected: ExpectedResult) -> String {
        switch expected {
        case .scalar(let value): "scalar \(number(value))"
        case .samples(let samples): plural(samples.count, "sample")
        }
    }

    private static func plural(_ count: Int, _ noun: String) -> String {
        count == 1 ? "1 \(noun)" : "\(count) \(noun)s"
    }

    private static func number(_ value: Double) -> String {
        PrometheusNumberFormat.string(value)
    }
}
