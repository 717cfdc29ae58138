import Testing

@testable import GovernorQuery

@Suite struct QuantileTests {
    @Test func interpolatesBetweenRanks() {
        #expect(quantile(0.5, [0, 1]) == 0.5)
        #expect(quantile(0.75, [4, 0, 1]) == 2.5)
        #expect(isClose(quantile(0.8, [0, 1, 2]), 1.6))
        #expect(quantile(0, [3, 1, 2]) == 1)
        #expect(quantile(1, [3, 1, 2]) == 3)
    }

    @Test func outOfRangeAndEmptyCases() {
        #expect(quantile(-1, [1]) == -.infinity)
        #expect(quantile(2, [1]) == .infinity)
        #expect(quantile(.nan, [1]).isNaN)
        #expect(quantile(0.5, []).isNaN)
    }

    @Test func nanSortsBelowEveryNumber() {
        #expect(quantile(0, [1, .nan, 2]).isNaN)
        #expect(quantile(1, [1, .nan, 2]) == 2)
    }
}
