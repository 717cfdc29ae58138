import Testing

@testable import GovernorQuery

@Suite struct LinearRegressionTests {
    private let resetMiddle = series(0, plus: 10, times: 4) + series(0, plus: 10, times: 5)

    @Test func derivMatchesRateForALinearCounter() {
        let values = series(0, plus: 80, times: 10)
        let input = rangeInput(values, step: minutes(5), at: minutes(50), range: minutes(50))
        #expect(isClose(callRange("deriv", input), 0.26666666666666666))
    }

    @Test func derivIsTheLeastSquaresSlope() {
        let input = rangeInput(resetMiddle, step: minutes(5), at: minutes(50), range: minutes(100))
        #expect(isClose(callRange("deriv", input), 0.010606060606060607))
    }

    @Test func predictLinearProjectsFromTheEvaluationTime() {
        let at50m = rangeInput(resetMiddle, step: minutes(5), at: minutes(50), range: minutes(100), scalars: [3600])
        #expect(isClose(callRange("predict_linear", at50m), 76.81818181818181))
        // `@ 3000` pins the window but the projection still starts at the evaluation time.
        var pinned = rangeInput(resetMiddle, step: minutes(5), at: seconds(3000), range: minutes(100), scalars: [3600])
        pinned.evaluationTime = minutes(10)
        #expect(isClose(callRange("predict_linear", pinned), 51.36363636363637))
        pinned.evaluationTime = minutes(70)
        #expect(isClose(callRange("predict_linear", pinned), 89.54545454545455))
    }

    @Test func predictLinearAgreesWithPromtool() {
        let input = rangeInput([1, 4, 2], step: minutes(1), at: minutes(2), range: minutes(5), scalars: [60])
        #expect(callRange("predict_linear", input) == 3.3333333333333335)
    }

    @Test func constantSeriesHasZeroSlopeAndInfiniteOneHasNone() {
        let constant = rangeInput(
            [0.3, 0.3, 0.3, 0.3], step: minutes(1), at: minutes(3), range: minutes(5), scalars: [100])
        #expect(callRange("deriv", constant) == 0)
        #expect(callRange("predict_linear", constant) == 0.3)
        let infinite = rangeInput([.infinity, .infinity], step: minutes(1), at: minutes(1), range: minutes(5))
        #expect(callRange("deriv", infinite)?.isNaN == true)
    }

    @Test func onePointDropsTheSeries() {
        #expect(callRange("deriv", rangeInput([1], step: minutes(1), at: 0, range: minutes(5))) == nil)
        #expect(
            callRange("predict_linear", rangeInput([1], step: minutes(1), at: 0, range: minutes(5), scalars: [1]))
                == nil)
    }
}
