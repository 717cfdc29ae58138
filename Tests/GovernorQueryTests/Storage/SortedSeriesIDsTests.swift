import Testing

@testable import GovernorQuery

@Suite struct SortedSeriesIDsTests {
    private func randomSortedIDs(count: Int, below limit: UInt32, using random: inout SeededGenerator) -> [SeriesID] {
        Array(Set((0..<count).map { _ in SeriesID.random(in: 0..<limit, using: &random) })).sorted()
    }

    /// Sizes include very uneven pairs so both the merge and the binary-search path run.
    @Test(arguments: [(10, 10), (5, 500), (500, 5), (0, 30), (200, 200)])
    func operationsAgreeWithSets(sizes: (Int, Int)) {
        var random = SeededGenerator(seed: UInt64(sizes.0 * 1000 + sizes.1))
        for _ in 0..<50 {
            let first = randomSortedIDs(count: sizes.0, below: 1000, using: &random)
            let second = randomSortedIDs(count: sizes.1, below: 1000, using: &random)
            #expect(SortedSeriesIDs.intersection(first, second) == Set(first).intersection(second).sorted())
            #expect(SortedSeriesIDs.subtracting(second, from: first) == Set(first).subtracting(second).sorted())
        }
    }

    @Test(arguments: [10, 1000])
    func unionOfDisjointListsIsSorted(seriesCount: Int) {
        var random = SeededGenerator(seed: UInt64(seriesCount))
        let all = (0..<SeriesID(seriesCount)).shuffled(using: &random)
        let lists = stride(from: 0, to: all.count, by: 7).map { Array(all[$0..<min($0 + 7, all.count)]).sorted() }
        #expect(SortedSeriesIDs.union(ofDisjoint: lists, seriesCount: seriesCount) == all.sorted())
        #expect(
            SortedSeriesIDs.union(ofDisjoint: Array(lists.prefix(2)), seriesCount: seriesCount)
                == (lists[0] + lists[1]).sorted())
    }
}
