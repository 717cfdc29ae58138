import Testing

@testable import GovernorQuery

@Suite struct OverTimeFunctionsTests {
    private func over(_ name: String, _ values: [Double?], scalars: [Double] = []) -> Double? {
        callRange(name, rangeInput(values, step: seconds(10), at: minutes(1), range: minutes(1), scalars: scalars))
    }

    @Test func avgOverTimeKeepsInfinitiesAndAvoidsOverflow() {
        let big = 9.988465674311579e+307
        #expect(over("avg_over_time", [1, 2, 3, 4, 5]) == 3)
        #expect(over("avg_over_time", [1, 2, 3, 4, .infinity]) == .infinity)
        #expect(over("avg_over_time", [1, 2, 3, 4, -.infinity]) == -.infinity)
        #expect(over("avg_over_time", [1, 2, 3, .infinity, -.infinity])?.isNaN == true)
        #expect(over("avg_over_time", [.infinity, 0, .infinity]) == .infinity)
        #expect(over("avg_over_time", [.infinity, .infinity, .infinity, -.infinity])?.isNaN == true)
        #expect(over("avg_over_time", [1, 2, -.infinity, -.infinity, .infinity])?.isNaN == true)
        #expect(over("avg_over_time", [big, big]) == big)
        #expect(over("avg_over_time", [-big, -big, -big]) == -big)
        #expect(over("avg_over_time", [-big, big]) == 0)
    }

    @Test func sumOverTimeIsCompensated() {
        #expect(over("sum_over_time", [1e100, 1, -1e100]) == 1)
        #expect(over("sum_over_time", [9.988465674311579e+307, 9.988465674311579e+307]) == .infinity)
    }

    @Test func stdvarAndStddevArePopulationStatistics() {
        #expect(isClose(over("stdvar_over_time", [0, 8, 8, 2, 3]), 10.56))
        #expect(abs((over("stddev_over_time", [0, 8, 8, 2, 3]) ?? 0) - 3.249615) < 1e-6)
        let constant = 1.5990505637277868
        #expect(over("stdvar_over_time", [constant, constant, constant]) == 0)
        #expect(over("stddev_over_time", [constant, constant, constant]) == 0)
        // promtool 2.42 prints 1.9360000000000002E-01 for this one.
        #expect(over("stdvar_over_time", [0.1, 0.2, 0.3, 0.7, 1.3]) == 0.19360000000000002)
        #expect(over("stddev_over_time", [0.1, 0.2, 0.3, 0.7, 1.3]) == 0.44)
        #expect(over("avg_over_time", [0.1, 0.2, 0.3, 0.7, 1.3]) == 0.52)
    }

    @Test(
        arguments: [
            (0.0, [0.0, 0, 0]), (0.5, [0.5, 1, 1]), (0.75, [0.75, 1.5, 2.5]), (0.8, [0.8, 1.6, 2.8]), (1, [1, 2, 4]),
            (-1, [-.infinity, -.infinity, -.infinity]), (2, [.infinity, .infinity, .infinity]),
        ] as [(Double, [Double])])
    func quantileOverTime(q: Double, expected: [Double]) {
        let inputs: [[Double?]] = [[0, 1], [0, 1, 2], [0, 1, 4]]
        for (values, want) in zip(inputs, expected) {
            #expect(isClose(over("quantile_over_time", values, scalars: [q]), want), "q=\(q) values=\(values)")
        }
    }

    @Test func minAndMaxIgnoreNaNUnlessThereIsNothingElse() {
        #expect(over("min_over_time", [2, 0, 3]) == 0)
        #expect(over("min_over_time", [2, 0, .nan]) == 0)
        #expect(over("min_over_time", [2, .nan, 1]) == 1)
        #expect(over("min_over_time", [.nan, 0, 1]) == 0)
        #expect(over("min_over_time", [.nan, .nan, .nan])?.isNaN == true)
        #expect(over("max_over_time", [2, 0, 3]) == 3)
        #expect(over("max_over_time", [2, 0, .nan]) == 2)
        #expect(over("max_over_time", [2, .nan, 1]) == 2)
        #expect(over("max_over_time", [.nan, 0, 1]) == 1)
        #expect(over("max_over_time", [.nan, .nan, .nan])?.isNaN == true)
    }

    @Test func lastCountAndPresent() {
        #expect(over("last_over_time", [2, 0, 3]) == 3)
        #expect(over("last_over_time", [2, 0, .nan])?.isNaN == true)
        #expect(over("count_over_time", [2, nil, 3]) == 2)
        #expect(over("present_over_time", [.nan]) == 1)
    }

    @Test(arguments: [
        "avg_over_time", "count_over_time", "last_over_time", "max_over_time", "min_over_time",
        "present_over_time", "quantile_over_time", "stddev_over_time", "stdvar_over_time", "sum_over_time",
    ])
    func emptyWindowDropsTheSeries(name: String) {
        #expect(over(name, [], scalars: [0.5]) == nil)
    }
}
