import Testing

@testable import GovernorQuery

/// Cases from the 2.42 conformance corpus (promql/functions.test).
@Suite struct LabelReplaceTests {
    private let testMetric: InstantVector = [
        sample(["__name__": "testmetric", "src": "source-value-10", "dst": "original-destination-value"], 0),
        sample(["__name__": "testmetric", "src": "source-value-20", "dst": "original-destination-value"], 1),
    ]

    private func replace(_ dst: String, _ replacement: String, _ src: String, _ regex: String) throws -> [String:
        Double]
    {
        let arguments: [FunctionArgument] = [
            .vector(testMetric), .string(dst), .string(replacement), .string(src), .string(regex),
        ]
        return samplesByLabels(try callInstant("label_replace", arguments))
    }

    private func expected(_ dst10: String?, _ dst20: String?) -> [String: Double] {
        func labels(_ src: String, _ dst: String?) -> String {
            var labels: Labels = ["__name__": "testmetric", "src": src]
            if let dst { labels = labels.setting("dst", to: dst) }
            return labels.description
        }
        return [labels("source-value-10", dst10): 0, labels("source-value-20", dst20): 1]
    }

    @Test func replacesOnAFullMatch() throws {
        let result = try replace("dst", "destination-value-$1", "src", "source-value-(.*)")
        #expect(result == expected("destination-value-10", "destination-value-20"))
    }

    @Test func doesNotMatchSubstrings() throws {
        let result = try replace("dst", "destination-value-$1", "src", "value-(.*)")
        #expect(result == expected("original-destination-value", "original-destination-value"))
    }

    @Test func expandsSeveralGroups() throws {
        #expect(
            try replace("dst", "$1-value-$2", "src", "(.*)-value-(.*)")
                == expected("source-value-10", "source-value-20"))
    }

    @Test func missingSourceIsTheEmptyString() throws {
        let untouched = expected("original-destination-value", "original-destination-value")
        #expect(try replace("dst", "value-$1", "nonexistent-src", "source-value-(.*)") == untouched)
        #expect(try replace("dst", "value-$1", "nonexistent-src", "(.*)") == expected("value-", "value-"))
        #expect(try replace("dst", "value-$1", "src", "non-matching-regex") == untouched)
    }

    @Test func emptyReplacementRemovesTheLabel() throws {
        #expect(try replace("dst", "", "dst", ".*") == expected(nil, nil))
    }

    @Test func invalidArgumentsFailEvenWithoutSamples() {
        #expect(throws: EvaluationError("invalid regular expression in label_replace(): (.*")) {
            try replace("dst", "value-$1", "src", "(.*")
        }
        #expect(throws: EvaluationError("invalid destination label name in label_replace(): invalid-label-name")) {
            try replace("invalid-label-name", "", "src", "(.*)")
        }
        #expect(throws: EvaluationError("invalid destination label name in label_replace(): 1a")) {
            try callInstant("label_replace", [.vector([]), .string("1a"), .string(""), .string("src"), .string("")])
        }
    }

    @Test func duplicateOutputFails() {
        #expect(throws: EvaluationError("vector cannot contain metrics with the same labelset")) {
            try replace("src", "", "", "")
        }
    }

    @Test func namedGroupsAndGoTemplateSyntax() throws {
        // promtool 2.42 gives dst="[|bx|$||b|b|$]" for this template.
        let arguments: [FunctionArgument] = [
            .vector([sample(["a": "b"], 1)]), .string("dst"), .string("[$1x|${1}x|$$|$2|${name}|$name|$]"),
            .string("a"), .string("(?P<name>b)"),
        ]
        #expect(samplesByLabels(try callInstant("label_replace", arguments)) == [#"{a="b", dst="[|bx|$||b|b|$]"}"#: 1])
    }
}
