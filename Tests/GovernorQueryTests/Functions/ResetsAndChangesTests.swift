import Testing

@testable import GovernorQuery

@Suite struct ResetsAndChangesTests {
    private let foo: [Double?] = [1, 2, 3, 0, 1, 0, 0, 1, 2, 0]
    private let bar: [Double?] = [1, 2, 3, 4, 5, 1, 2, 3, 4, 5]
    private let biz: [Double?] = [0, 0, 0, 0, 0, 1, 1, 1, 1, 1]

    private func at50m(_ name: String, _ values: [Double?], range: Int64) -> Double? {
        callRange(name, rangeInput(values, step: minutes(5), at: minutes(50), range: minutes(range)))
    }

    @Test(arguments: [(5, [0.0, 0, 0]), (20, [1, 0, 0]), (30, [2, 1, 0]), (50, [3, 1, 0])] as [(Int64, [Double])])
    func resets(range: Int64, expected: [Double]) {
        #expect(
            [
                at50m("resets", foo, range: range), at50m("resets", bar, range: range),
                at50m("resets", biz, range: range),
            ] == expected)
    }

    @Test(arguments: [(5, [0.0, 0, 0]), (20, [3, 3, 0]), (30, [4, 5, 1]), (50, [8, 9, 1])] as [(Int64, [Double])])
    func changes(range: Int64, expected: [Double]) {
        #expect(
            [
                at50m("changes", foo, range: range), at50m("changes", bar, range: range),
                at50m("changes", biz, range: range),
            ] == expected)
    }

    @Test func consecutiveNaNsAreNoChange() {
        let allNaN = rangeInput([.nan, .nan, .nan], step: minutes(5), at: minutes(15), range: minutes(15))
        let mixed = rangeInput([0, .nan, 0], step: minutes(5), at: minutes(15), range: minutes(15))
        #expect(callRange("changes", allNaN) == 0)
        #expect(callRange("changes", mixed) == 2)
    }

    @Test func onePointHasNoTransitionsAndNoPointsDropTheSeries() {
        #expect(callRange("resets", rangeInput([4], step: minutes(5), at: 0, range: minutes(5))) == 0)
        #expect(callRange("changes", rangeInput([], step: minutes(5), at: 0, range: minutes(5))) == nil)
    }
}
