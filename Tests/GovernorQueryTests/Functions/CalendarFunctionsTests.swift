import Testing

@testable import GovernorQuery

/// Cases from the 2.42 conformance corpus (promql/functions.test) plus promtool 2.42 for the odd inputs.
@Suite struct CalendarFunctionsTests {
    private func part(_ name: String, of unixSeconds: Double) throws -> Double? {
        vectorSamples(try callInstant(name, [.vector([sample(["__name__": "m"], unixSeconds)])])).first?.value
    }

    @Test(
        arguments: [
            ("year", 1970.0), ("month", 1), ("day_of_month", 1), ("day_of_year", 1), ("day_of_week", 4), ("hour", 0),
            ("minute", 0), ("days_in_month", 31),
        ] as [(String, Double)])
    func withoutArgumentUsesTheEvaluationTime(name: String, expected: Double) throws {
        let result = try callInstant(name, [], at: 999)
        #expect(vectorSamples(result) == [sample([:], expected, at: 999)])
    }

    @Test(
        arguments: [
            ("year", 2006.0), ("month", 1), ("day_of_month", 2), ("day_of_year", 2), ("day_of_week", 1), ("hour", 22),
            ("minute", 4),
        ] as [(String, Double)])
    func partsOfADate(name: String, expected: Double) throws {
        #expect(try part(name, of: 1_136_239_445) == expected)
    }

    @Test func boundaries() throws {
        #expect(try part("year", of: 1_230_767_999) == 2008)
        #expect(try part("year", of: 1_230_768_000) == 2009)
        #expect(try part("month", of: 1_456_790_399) == 2)
        #expect(try part("day_of_month", of: 1_456_790_399) == 29)
        #expect(try part("month", of: 1_456_790_400) == 3)
        #expect(try part("day_of_month", of: 1_456_790_400) == 1)
        #expect(try part("day_of_year", of: 1_483_191_420) == 366)
        #expect(try part("day_of_year", of: 1_672_493_820) == 365)
        #expect(try part("days_in_month", of: 1_454_284_800) == 29)
        #expect(try part("days_in_month", of: 1_485_907_200) == 28)
    }

    @Test func oddInputsMatchGo() throws {
        #expect(try part("year", of: .nan) == 292_277_026_596)
        #expect(try part("year", of: 1e20) == 292_277_026_596)
        #expect(try part("year", of: -1e12) == -29719)
        #expect(try part("day_of_week", of: -86400 * 3.5) == 0)
    }

    @Test func dropsTheMetricName() throws {
        let result = try callInstant("hour", [.vector([sample(["__name__": "m", "a": "b"], 0)])], at: 5)
        #expect(vectorSamples(result) == [sample(["a": "b"], 0, at: 5)])
    }
}
