import Testing

@testable import GovernorQuery

@Suite struct HoltWintersTests {
    private func holtWinters(_ matrix: RangeVector, _ sf: Double, _ tf: Double) throws -> Value {
        try callInstant("holt_winters", [.matrix(matrix), .scalar(sf), .scalar(tf)], at: minutes(4))
    }

    private func points(_ values: [Double]) -> [FloatPoint] {
        values.enumerated().map { FloatPoint(timestamp: minutes(Int64($0.offset)), value: $0.element) }
    }

    @Test func smoothsAndDropsTheMetricName() throws {
        // promtool 2.42: holt_winters(x[5m], 0.5, 0.3) over 1 2 4 8 7 gives 7.48875.
        let result = try holtWinters(
            [RangeSeries(labels: ["__name__": "x", "a": "b"], points: points([1, 2, 4, 8, 7]))], 0.5, 0.3)
        #expect(vectorSamples(result) == [sample(["a": "b"], 7.48875, at: minutes(4))])
    }

    @Test func onePointGivesNothing() throws {
        let result = try holtWinters([RangeSeries(labels: ["a": "b"], points: points([1]))], 0.5, 0.5)
        #expect(vectorSamples(result).isEmpty)
    }

    @Test func factorsOutsideTheOpenUnitIntervalFail() {
        let matrix = [RangeSeries(labels: ["a": "b"], points: points([1, 2]))]
        #expect(throws: EvaluationError("invalid smoothing factor. Expected: 0 < sf < 1, got: 1.500000")) {
            try holtWinters(matrix, 1.5, -.infinity)
        }
        #expect(throws: EvaluationError("invalid trend factor. Expected: 0 < tf < 1, got: 1.000000")) {
            try holtWinters(matrix, 0.5, 1)
        }
        #expect(throws: EvaluationError("invalid smoothing factor. Expected: 0 < sf < 1, got: NaN")) {
            try holtWinters(matrix, .nan, 0.5)
        }
    }

    @Test func factorsAreOnlyCheckedWhenASeriesHasPoints() throws {
        #expect(vectorSamples(try holtWinters([], 5, 5)).isEmpty)
        #expect(vectorSamples(try holtWinters([RangeSeries(labels: ["a": "b"], points: [])], 5, 5)).isEmpty)
    }
}
