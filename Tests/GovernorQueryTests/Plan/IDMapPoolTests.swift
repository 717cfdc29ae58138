import Testing

@testable import GovernorQuery

/// The plan nodes' id caches, sharing one buffer: what each keeps must survive the others' growth and its own moves.
@Suite struct IDMapPoolTests {
    @Test func anEmptyMapKnowsNothing() {
        let pool = IDMapPool()
        #expect(pool.target(of: 0, in: IDMap()) == nil)
        #expect(pool.output(of: 0, with: 0, in: PairOutputs()) == nil)
    }

    @Test func aMapIsPlacedAtTheSizeOfTheTableItReads() {
        var pool = IDMapPool()
        var map = IDMap()
        pool.store(7, for: 0, in: &map, ids: 5)
        #expect(pool.slotCount == 5)
        for id in Int32(1)..<5 { pool.store(id, for: id, in: &map, ids: 5) }
        // No move: every id of the table had room from the first store.
        #expect(pool.slotCount == 5)
        #expect(pool.target(of: 0, in: map) == 7)
        #expect(pool.target(of: 4, in: map) == 4)
        #expect(pool.target(of: 5, in: map) == nil)
    }

    @Test func mapsGrowingInTurnKeepWhatEachHeld() {
        var pool = IDMapPool()
        var maps = [IDMap](repeating: IDMap(), count: 20)
        var expected = [[Int32: Int32]](repeating: [:], count: 20)
        var random = SplitMix64(state: 7)
        for step in 0..<2_000 {
            let which = Int(random.next() % 20)
            let id = Int32(random.next() % 64)
            let target = Int32(step)
            pool.store(target, for: id, in: &maps[which], ids: Int(id) / 2)
            expected[which][id] = target
        }
        for which in 0..<20 {
            for id in Int32(0)..<70 {
                #expect(pool.target(of: id, in: maps[which]) == expected[which][id])
            }
        }
    }

    @Test func aPairOutputIsKeptForItsLastPartnerOnly() {
        var pool = IDMapPool()
        var pairs = PairOutputs()
        var other = IDMap()
        pool.store(10, of: 2, with: 1, in: &pairs, ids: 3)
        pool.store(99, for: 0, in: &other, ids: 1)
        #expect(pool.output(of: 2, with: 1, in: pairs) == 10)
        #expect(pool.output(of: 2, with: 0, in: pairs) == nil)
        #expect(pool.output(of: 1, with: 1, in: pairs) == nil)
        // A larger id moves the pairs past the other map, with what they held.
        pool.store(11, of: 8, with: 4, in: &pairs, ids: 3)
        #expect(pool.output(of: 2, with: 1, in: pairs) == 10)
        #expect(pool.output(of: 8, with: 4, in: pairs) == 11)
        pool.store(12, of: 2, with: 3, in: &pairs, ids: 9)
        #expect(pool.output(of: 2, with: 1, in: pairs) == nil)
        #expect(pool.output(of: 2, with: 3, in: pairs) == 12)
        #expect(pool.target(of: 0, in: other) == 99)
    }
}
