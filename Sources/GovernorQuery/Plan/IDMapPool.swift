/// Every plan node's per-id caches (`IDMap`, `PairOutputs`) in one buffer, each in a region of its own, laid out in
/// the order the caches first fill: the order a tick reads them.
///
/// Each cache used to be an array of its node's. A node's cache holds a few ids, so reading one cost a cache miss
/// on the array's header and its first entries, for some six caches of every rule at every tick. Here the regions
/// of one rule follow those of the rule before it.
///
/// A region that must grow moves to the end of the buffer, at least twice as large; the room it leaves behind is
/// not reused. Caches grow only when their node meets label sets it has not seen, so the room left behind stays
/// below the room in use.
struct IDMapPool: Sendable {
    private var slots: [Int32] = []

    /// The slots the buffer holds, regions left behind included: for tests.
    var slotCount: Int { slots.count }

    /// What `map` keeps for `id`, if anything.
    func target(of id: Int32, in map: IDMap) -> Int32? {
        guard id < map.capacity else { return nil }
        let target = slots[Int(map.base + id)]
        return target >= 0 ? target : nil
    }

    /// Keeps `target` for `id` in `map`. `ids` is how many ids the map may be asked about for now (the size of the
    /// table they index), so that a region is placed at its full size on first use.
    mutating func store(_ target: Int32, for id: Int32, in map: inout IDMap, ids: Int) {
        reserve(&map, through: id, ids: ids, width: 1)
        slots[Int(map.base + id)] = target
    }

    /// The output `pairs` keeps for `id` met with `partner`, if that was its last partner.
    func output(of id: Int32, with partner: Int32, in pairs: PairOutputs) -> Int32? {
        guard id < pairs.map.capacity else { return nil }
        let slot = Int(pairs.map.base + 2 * id)
        return slots[slot] == partner ? slots[slot + 1] : nil
    }

    /// Keeps `output` for `id` met with `partner`, in place of what `id` had with another partner.
    mutating func store(_ output: Int32, of id: Int32, with partner: Int32, in pairs: inout PairOutputs, ids: Int) {
        reserve(&pairs.map, through: id, ids: ids, width: 2)
        let slot = Int(pairs.map.base + 2 * id)
        slots[slot] = partner
        slots[slot + 1] = output
    }

    /// Makes room in `map` for ids up to `id`, each `width` slots, the new ones empty (-1).
    private mutating func reserve(_ map: inout IDMap, through id: Int32, ids: Int, width: Int32) {
        guard id >= map.capacity else { return }
        let capacity = max(id + 1, Int32(clamping: ids), 2 * map.capacity)
        let base = Int32(slots.count)
        slots.append(contentsOf: repeatElement(-1, count: Int(capacity * width)))
        for slot in 0..<Int(map.capacity * width) {
            slots[Int(base) + slot] = slots[Int(map.base) + slot]
        }
        map.base = base
        map.capacity = capacity
    }
}

/// One node's cache from ids of the table it reads to ids of another: where it sits in the program's `IDMapPool`.
/// It has room for ids `0..<capacity`; an id never stored holds -1.
struct IDMap: Sendable {
    fileprivate var base: Int32 = 0
    fileprivate var capacity: Int32 = 0
}

/// The output id of a "many" side id matched with a "one" side partner, kept for the last partner each id had:
/// an id meets one partner per tick, and the same one tick after tick, so a lookup is a read, not a hash. Two slots
/// per id in the program's `IDMapPool`: the partner, then the output.
struct PairOutputs: Sendable {
    fileprivate var map = IDMap()
}
