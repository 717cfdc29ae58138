import Testing

@testable import GovernorQuery

/// Cases from the 2.42 conformance corpus (promql/functions.test).
@Suite struct ExtrapolatedRateTests {
    @Test func increaseExtrapolatesToTheWindowAndStopsAtZero() {
        let foo = series(0, plus: 10, times: 10)
        let bar = series(0, plus: 10, times: 5) + series(0, plus: 10, times: 5)
        #expect(callRange("increase", rangeInput(foo, step: minutes(5), at: minutes(50), range: minutes(50))) == 100)
        #expect(callRange("increase", rangeInput(bar, step: minutes(5), at: minutes(50), range: minutes(50))) == 90)
        #expect(callRange("increase", rangeInput(foo, step: minutes(5), at: minutes(50), range: minutes(100))) == 100)
        #expect(callRange("increase", rangeInput(bar, step: minutes(5), at: minutes(50), range: minutes(100))) == 90)
    }

    @Test func increaseTreatsADropAsACounterReset() {
        let values: [Double?] = [0, 1, 2, 3, 2, 3, 4]
        #expect(callRange("increase", rangeInput(values, step: minutes(5), at: minutes(30), range: minutes(30))) == 7)
    }

    @Test func rateHandlesResetsInTheMiddleAndAtTheEnd() {
        let middle = series(0, plus: 10, times: 4) + series(0, plus: 10, times: 5)
        let end = series(0, plus: 10, times: 9) + [0, 10]
        let middleRate = callRange("rate", rangeInput(middle, step: minutes(5), at: minutes(50), range: minutes(50)))
        #expect(isClose(middleRate, 0.03))
        #expect(callRange("rate", rangeInput(end, step: minutes(5), at: minutes(50), range: minutes(5))) == 0)
    }

    /// promtool 2.42 answers 1.2666666666666668 here, not ...666: the range division is folded into the
    /// extrapolation factor before multiplying, and the last bit shows it.
    @Test func rateRoundsLikePrometheusInTheLastBit() {
        let input = rangeInput(series(807, plus: 19, times: 60), step: seconds(15), at: minutes(15), range: minutes(5))
        #expect(callRange("rate", input) == 1.2666666666666668)
    }

    @Test func rateIsPerSecondOverTheSelectorRange() {
        let window = series(0, plus: 80, times: 10)
        let windowRate = callRange("rate", rangeInput(window, step: minutes(5), at: minutes(50), range: minutes(50)))
        #expect(isClose(windowRate, 0.26666666666666666))
        let offsetA = rangeInput(
            series(0, plus: 10, times: 10), step: minutes(5), at: minutes(50), range: minutes(10), offset: minutes(5))
        let offsetB = rangeInput(
            series(0, plus: 20, times: 10), step: minutes(5), at: minutes(50), range: minutes(10), offset: minutes(5))
        #expect(isClose(callRange("rate", offsetA), 0.03333333333333333))
        #expect(isClose(callRange("rate", offsetB), 0.06666666666666667))
    }

    @Test(arguments: [(0.0, 0.5), (60, 0.55), (120, 0.6), (180, 0.65), (240, 0.7), (300, 0.6)] as [(Double, Double)])
    func rateExtrapolatesNoFurtherBackThanZero(start: Double, expected: Double) {
        let values = series(start, plus: 240, times: 10)
        let input = rangeInput(values, step: minutes(4), at: minutes(10), range: minutes(20))
        #expect(isClose(callRange("rate", input), expected))
    }

    @Test(arguments: [0.0, 60, 120, 180, 240, 300])
    func rateExtrapolatesHalfAnIntervalWhenTheSeriesStartsInside(start: Double) {
        let values = series(start, plus: 240, times: 10)
        let input = rangeInput(values, step: minutes(4), at: minutes(50), range: minutes(20))
        #expect(isClose(callRange("rate", input), 0.6))
    }

    @Test func deltaIsSignedAndNotResetAware() {
        let up: [Double?] = [0, 50, 100, 150, 200]
        let down: [Double?] = [200, 150, 100, 50, 0]
        #expect(callRange("delta", rangeInput(up, step: minutes(5), at: minutes(20), range: minutes(20))) == 200)
        #expect(callRange("delta", rangeInput(down, step: minutes(5), at: minutes(20), range: minutes(20))) == -200)
    }

    @Test func fewerThanTwoPointsDropTheSeries() {
        #expect(callRange("rate", rangeInput([5], step: minutes(5), at: minutes(1), range: minutes(5))) == nil)
        #expect(callRange("increase", rangeInput([], step: minutes(5), at: minutes(1), range: minutes(5))) == nil)
        #expect(callRange("delta", rangeInput([1], step: minutes(5), at: minutes(1), range: minutes(5))) == nil)
    }

    @Test func nanPropagates() {
        let values: [Double?] = [.nan, 1, 3]
        #expect(
            callRange("rate", rangeInput(values, step: minutes(1), at: minutes(2), range: minutes(2)))?.isNaN == true)
    }
}
