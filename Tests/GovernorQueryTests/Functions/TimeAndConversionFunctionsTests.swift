import Testing

@testable import GovernorQuery

@Suite struct TimeAndConversionFunctionsTests {
    @Test func timeIsTheEvaluationTimeInSeconds() throws {
        #expect(try callInstant("time", [], at: 1) == .scalar(0.001, 1))
        #expect(try callInstant("time", [], at: minutes(50)) == .scalar(3000, minutes(50)))
    }

    @Test func pi() throws {
        #expect(try callInstant("pi", [], at: 3) == .scalar(Double.pi, 3))
    }

    @Test func vectorWrapsAScalar() throws {
        #expect(try callInstant("vector", [.scalar(5)], at: 5000) == .vector([sample([:], 5, at: 5000)]))
    }

    @Test func scalarNeedsExactlyOneSample() throws {
        #expect(try callInstant("scalar", [.vector([sample(["a": "b"], 4)])], at: 2) == .scalar(4, 2))
        guard case .scalar(let none, _) = try callInstant("scalar", [.vector([])]),
            case .scalar(let two, _) = try callInstant(
                "scalar", [.vector([sample(["a": "1"], 1), sample(["a": "2"], 2)])])
        else {
            Issue.record("scalar() must return a scalar")
            return
        }
        #expect(none.isNaN && two.isNaN)
    }

    @Test func timestampReadsTheSampleTimeAndDropsTheName() throws {
        let input = [sample(["__name__": "metric", "a": "b"], 1, at: seconds(10))]
        #expect(
            try callInstant("timestamp", [.vector(input)], at: seconds(12))
                == .vector([sample(["a": "b"], 10, at: seconds(12))]))
    }
}
