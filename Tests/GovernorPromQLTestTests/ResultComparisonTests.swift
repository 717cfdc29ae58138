import GovernorPromQLTest
import GovernorQuery
import Testing

@Suite struct ResultComparisonTests {
    private let ab: Labels = ["a": "b"]
    private let cd: Labels = ["c": "d"]

    private func expected(_ pairs: [(Labels, Double)]) -> ExpectedResult {
        .samples(pairs.enumerated().map { ExpectedSample(labels: $1.0, value: $1.1, line: $0 + 2) })
    }

    private func vector(_ pairs: [(Labels, Double)]) -> Value {
        .vector(pairs.map { VectorSample(labels: $0.0, timestamp: 0, value: $0.1) })
    }

    @Test func matchingVectorInAnyOrder() {
        let mismatch = ResultComparison.mismatch(
            expected: expected([(ab, 1), (cd, 2)]), actual: vector([(cd, 2), (ab, 1)]), ordered: false)
        #expect(mismatch == nil)
    }

    @Test func orderedComparisonChecksPositions() {
        let mismatch = ResultComparison.mismatch(
            expected: expected([(ab, 1), (cd, 2)]), actual: vector([(cd, 2), (ab, 1)]), ordered: true)
        #expect(
            mismatch == #"expected {c="d"} at position 2, got it at 1; expected {a="b"} at position 1, got it at 2"#)
    }

    @Test func missingSample() {
        let mismatch = ResultComparison.mismatch(
            expected: expected([(ab, 1), (cd, 2), (["e": "f"], 3)]), actual: vector([(ab, 1), (cd, 2)]),
            ordered: false)
        #expect(mismatch == #"expected 3 samples, got 2; missing {e="f"} 3"#)
    }

    @Test func unexpectedSample() {
        let mismatch = ResultComparison.mismatch(
            expected: expected([(ab, 4)]), actual: vector([(ab, 4), (cd, 4)]), ordered: false)
        #expect(mismatch == #"expected 1 sample, got 2; unexpected {c="d"} 4"#)
    }

    @Test func wrongValue() {
        let mismatch = ResultComparison.mismatch(
            expected: expected([(ab, 1)]), actual: vector([(ab, 1.5)]), ordered: false)
        #expect(mismatch == #"expected 1, got 1.5 for {a="b"}"#)
    }

    @Test func emptyExpectationNeedsAnEmptyResult() {
        #expect(ResultComparison.mismatch(expected: .samples([]), actual: .vector([]), ordered: false) == nil)
        let mismatch = ResultComparison.mismatch(expected: .samples([]), actual: vector([(ab, 1)]), ordered: false)
        #expect(mismatch == #"expected 0 samples, got 1; unexpected {a="b"} 1"#)
    }

    @Test func scalars() {
        #expect(ResultComparison.mismatch(expected: .scalar(2), actual: .scalar(2, 0), ordered: false) == nil)
        #expect(
            ResultComparison.mismatch(expected: .scalar(2), actual: .scalar(3, 0), ordered: false)
                == "expected 2, got 3")
        #expect(ResultComparison.mismatch(expected: .scalar(.nan), actual: .scalar(.nan, 0), ordered: false) == nil)
    }

    @Test func scalarExpectedButVectorReturned() {
        let mismatch = ResultComparison.mismatch(expected: .scalar(3), actual: vector([(ab, 3)]), ordered: false)
        #expect(mismatch == "expected scalar 3, got a vector of 1 sample")
    }

    @Test func vectorExpectedButScalarReturned() {
        let mismatch = ResultComparison.mismatch(expected: expected([(ab, 3)]), actual: .scalar(3, 0), ordered: false)
        #expect(mismatch == "expected 1 sample, got scalar 3")
    }

    @Test func rangeResultIsNeverRight() {
        let mismatch = ResultComparison.mismatch(expected: .samples([]), actual: .matrix([]), ordered: false)
        #expect(mismatch == "received range result on instant evaluation")
    }

    @Test func metricNameIsPartOfTheIdentity() {
        let named: Labels = ["__name__": "up", "a": "b"]
        let mismatch = ResultComparison.mismatch(
            expected: expected([(ab, 1)]), actual: vector([(named, 1)]), ordered: false)
        #expect(mismatch == #"unexpected up{a="b"} 1; missing {a="b"} 1"#)
    }
}

@Suite struct AlmostEqualTests {
    @Test func relativeErrorBelowOneInAMillionIsEqual() {
        #expect(almostEqual(1_000_000, 1_000_001))
        #expect(!almostEqual(1_000, 1_000.01))
    }

    @Test func nanEqualsNanAndStale() {
        #expect(almostEqual(.nan, .nan))
        #expect(almostEqual(.nan, StaleMarker.value))
        #expect(!almostEqual(.nan, 0))
    }

    @Test func zeroNeedsAnAbsoluteMatch() {
        #expect(!almostEqual(0, 1e-300))
        #expect(almostEqual(0, 0))
        #expect(almostEqual(0, -0.0))
    }

    @Test func infinities() {
        #expect(almostEqual(.infinity, .infinity))
        #expect(!almostEqual(.infinity, -.infinity))
    }
}
