import Testing

@testable import GovernorQuery

@Suite struct InstantRateTests {
    @Test func irateUsesTheLastTwoPoints() {
        let foo = series(0, plus: 10, times: 10)
        let bar = series(0, plus: 10, times: 5) + series(0, plus: 10, times: 5)
        let fooRate = callRange("irate", rangeInput(foo, step: minutes(5), at: minutes(50), range: minutes(50)))
        let barRate = callRange("irate", rangeInput(bar, step: minutes(5), at: minutes(50), range: minutes(50)))
        #expect(isClose(fooRate, 0.03333333333333333333))
        #expect(isClose(barRate, 0.03333333333333333333))
    }

    @Test func irateAfterAResetIsTheLastValuePerSecond() {
        let bar = series(0, plus: 10, times: 5) + series(0, plus: 10, times: 5)
        #expect(callRange("irate", rangeInput(bar, step: minutes(5), at: minutes(30), range: minutes(50))) == 0)
        let reset: [Double?] = [100, 30]
        #expect(callRange("irate", rangeInput(reset, step: seconds(10), at: seconds(10), range: minutes(1))) == 3)
    }

    @Test func ideltaIsTheSignedLastChange() {
        let foo: [Double?] = [0, 50, 100, 150]
        let bar: [Double?] = [0, 50, 100, 50]
        #expect(callRange("idelta", rangeInput(foo, step: minutes(5), at: minutes(20), range: minutes(20))) == 50)
        #expect(callRange("idelta", rangeInput(bar, step: minutes(5), at: minutes(20), range: minutes(20))) == -50)
    }

    @Test func onePointDropsTheSeries() {
        #expect(callRange("irate", rangeInput([1], step: minutes(5), at: 0, range: minutes(5))) == nil)
        #expect(callRange("idelta", rangeInput([1], step: minutes(5), at: 0, range: minutes(5))) == nil)
    }
}
