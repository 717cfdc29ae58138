import Testing

@testable import GovernorQuery

@Suite struct LabelJoinTests {
    private func join(_ vector: InstantVector, _ dst: String, _ separator: String, _ sources: [String]) throws
        -> [String: Double]
    {
        let arguments: [FunctionArgument] =
            [.vector(vector), .string(dst), .string(separator)] + sources.map { .string($0) }
        return samplesByLabels(try callInstant("label_join", arguments))
    }

    @Test func joinsSourceValuesInOrder() throws {
        let vector: InstantVector = [
            sample(
                ["__name__": "testmetric", "src": "a", "src1": "b", "src2": "c", "dst": "original-destination-value"], 0
            ),
            sample(
                ["__name__": "testmetric", "src": "d", "src1": "e", "src2": "f", "dst": "original-destination-value"], 1
            ),
        ]
        let result = try join(vector, "dst", "-", ["src", "src1", "src2"])
        #expect(
            result == [
                #"testmetric{dst="a-b-c", src="a", src1="b", src2="c"}"#: 0,
                #"testmetric{dst="d-e-f", src="d", src1="e", src2="f"}"#: 1,
            ])
        let missing = try join(vector, "dst", "-", ["src", "src3", "src1"])
        #expect(missing[#"testmetric{dst="a--b", src="a", src1="b", src2="c"}"#] == 0)
    }

    @Test func emptyJoinRemovesTheDestination() throws {
        let vector = [sample(["__name__": "m", "dst": "x", "src": "a"], 0)]
        #expect(try join(vector, "dst", "", ["emptysrc", "emptysrc1"]) == [#"m{src="a"}"#: 0])
        #expect(try join(vector, "dst", ", ", []) == [#"m{src="a"}"#: 0])
    }

    @Test func invalidLabelNamesFail() {
        #expect(throws: EvaluationError("invalid source label name in label_join(): a-b")) {
            try join([], "dst", "-", ["a-b"])
        }
        #expect(throws: EvaluationError("invalid destination label name in label_join(): 0dst")) {
            try join([], "0dst", "-", ["src"])
        }
    }

    @Test func duplicateOutputFails() {
        let vector = [sample(["dst": "1", "src": "a"], 0), sample(["dst": "2", "src": "a"], 1)]
        #expect(throws: EvaluationError("vector cannot contain metrics with the same labelset")) {
            try join(vector, "dst", "", ["src"])
        }
    }
}
