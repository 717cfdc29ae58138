import Testing

@testable import GovernorQuery

@Suite struct MathFunctionsTests {
    private let clampInput: InstantVector = [
        sample(["__name__": "test_clamp", "src": "clamp-a"], -50),
        sample(["__name__": "test_clamp", "src": "clamp-b"], 0),
        sample(["__name__": "test_clamp", "src": "clamp-c"], 100),
    ]

    private func values(_ name: String, _ scalars: [Double], _ vector: InstantVector) throws -> [Double] {
        vectorSamples(try callInstant(name, [.vector(vector)] + scalars.map { .scalar($0) })).map(\.value)
    }

    @Test func clampFamily() throws {
        #expect(try values("clamp_max", [75], clampInput) == [-50, 0, 75])
        #expect(try values("clamp_min", [-25], clampInput) == [-25, 0, 100])
        #expect(try values("clamp", [-25, 75], clampInput) == [-25, 0, 75])
        #expect(try values("clamp", [0, .nan], clampInput).allSatisfy(\.isNaN))
        #expect(try values("clamp", [.nan, 0], clampInput).allSatisfy(\.isNaN))
        #expect(try values("clamp", [5, -5], clampInput).isEmpty)
    }

    @Test func resultsDropTheMetricName() throws {
        let result = try callInstant("clamp_max", [.vector(clampInput), .scalar(75)], at: 42)
        #expect(vectorSamples(result).map(\.labels) == [["src": "clamp-a"], ["src": "clamp-b"], ["src": "clamp-c"]])
        #expect(vectorSamples(result).allSatisfy { $0.timestamp == 42 })
    }

    @Test func droppingTheNameCanCollide() {
        let vector = [sample(["__name__": "a", "x": "1"], 1), sample(["__name__": "b", "x": "1"], 2)]
        #expect(throws: EvaluationError("vector cannot contain metrics with the same labelset")) {
            try callInstant("abs", [.vector(vector)])
        }
    }

    @Test func sign() throws {
        let inputs: [Double] = [-.infinity, .infinity, .nan, -50, 0, 100]
        let result = try values("sgn", [], inputs.map { sample(["v": "\($0)"], $0) })
        #expect(
            result[0] == -1 && result[1] == 1 && result[2].isNaN && result[3] == -1 && result[4] == 0 && result[5] == 1)
    }

    @Test func expLnSqrtLog() throws {
        let input = [sample(["l": "x"], 10), sample(["l": "y"], 20)]
        #expect(
            try values("exp", [], input).enumerated().allSatisfy {
                isClose($0.element, [22026.465794806718, 485165195.4097903][$0.offset])
            })
        #expect(
            try values("ln", [], input).enumerated().allSatisfy {
                isClose($0.element, [2.302585092994046, 2.995732273553991][$0.offset])
            })
        #expect(
            try values("sqrt", [], input).enumerated().allSatisfy {
                isClose($0.element, [3.1622776601683795, 4.47213595499958][$0.offset])
            })
        #expect(
            try values("log2", [], input).enumerated().allSatisfy {
                isClose($0.element, [3.3219280948873626, 4.321928094887363][$0.offset])
            })
        #expect(
            try values("log10", [], input).enumerated().allSatisfy {
                isClose($0.element, [1, 1.301029995663981][$0.offset])
            })
        #expect(try values("ln", [], [sample([:], 0)]) == [-.infinity])
        #expect(try values("log2", [], [sample([:], -10)]).allSatisfy(\.isNaN))
    }

    @Test func degreesAndRadians() throws {
        #expect(try values("deg", [], [sample([:], Double.pi)]) == [180])
        #expect(try values("rad", [], [sample([:], 180)]) == [Double.pi])
    }

    @Test func roundTiesUpToTheNearestMultiple() throws {
        // From aggregators.test: round(0.004 * x) etc. with x = 100 and 200.
        #expect(try values("round", [], [sample([:], 0.4), sample(["a": "b"], 0.8)]) == [0, 1])
        #expect(try values("round", [], [sample([:], -0.5), sample(["a": "b"], 0.5)]) == [-0, 1])
        #expect(try values("round", [0.1], [sample([:], 0.05), sample(["a": "b"], 2.2)]) == [0.1, 2.2])
        #expect(try values("round", [5], [sample([:], 2.5), sample(["a": "b"], 9)]) == [5, 10])
    }
}
