/// The windows of every range call of a program, one per series, range and offset. Two range calls that read the
/// same series over the same range move one window between them: an error ratio's numerator
/// (`rate(x{code=~"5.."}[5m])`) reads a subset of its denominator's series (`rate(x[5m])`), and each of those
/// series' windows is moved forward once per tick, not once per range call.
///
/// A series' `rate`, `increase` or `delta` is kept too, for the tick it was worked out at, so the second range call
/// takes it instead of working it out again. Only a range call whose series cannot change within a tick asks for
/// that (`RangeCallNode.keepsChanges`): its selector names a metric that none of the group's expressions writes.
///
/// It keeps the range calls' positions too (`PositionRegion`), since a range call borrows the pool for its whole run:
/// what a tick reads of the windows and of the positions then lies in buffers laid out in the order it reads them.
struct WindowPool: Sendable {
    private struct Key: Hashable {
        let series: SeriesID
        let range: Int64
        let offset: Int64
    }

    /// A window's `rate`, `increase` or `delta` at one tick, for the window ending at `end`.
    private struct KeptChange {
        var tick: UInt32 = 0
        var variant: ExtrapolatedRate.Variant?
        var end: Timestamp = .min
        var value: Double?
    }

    /// A window and the change kept for it, side by side: in an array of their own, the kept changes were one more
    /// cold read per window.
    private struct Slot {
        var window = SeriesWindow()
        var kept = KeptChange()
    }

    private var indexOfKey: [Key: Int32] = [:]
    private var slots: [Slot] = []
    /// Every window's points, each window in a region of one block (`SeriesWindow.block`, `offset`), laid out in
    /// the order the windows were first read, which is the order a tick reads them in. A block never grows past the
    /// room it was made with, so adding a region never copies the regions before it: one buffer for all, doubling as
    /// it grew, held its old and new copies at once, a hundred MiB more at the peak for a daemon's hour-long windows.
    private var blocks: [[FloatPoint]] = []
    /// Points in regions, and those of them in regions no window uses any more, left behind by windows that
    /// outgrew theirs.
    private var allocated = 0
    private var abandoned = 0
    /// Where a window's points are put together when it outgrows its usual step (`SeriesWindow.rebuild`).
    private var rebuilt: [FloatPoint] = []
    /// Every range call's positions, each call's in a region of its own (`RangeCallNode.positions`), laid out in the
    /// order the calls first ran, which is the order a tick runs them in.
    private var positions: [RangeCallPosition] = []

    /// Points a block has room for, unless one region needs more: a mebibyte.
    static let blockPoints = 65_536

    var count: Int { slots.count }

    /// How many points the regions have room for, the abandoned ones included.
    var bufferSize: Int { allocated }

    /// The window of `series` over `range` before `offset`, made on first use.
    mutating func window(series: SeriesID, range: Int64, offset: Int64) -> Int32 {
        let key = Key(series: series, range: range, offset: offset)
        if let index = indexOfKey[key] { return index }
        let index = Int32(slots.count)
        slots.append(Slot())
        indexOfKey[key] = index
        return index
    }

    /// Adds `position` at the end of a range call's `region`. A full region moves to the end of the buffer, twice as
    /// large: regions only grow, so the space left behind stays below the space in use.
    mutating func append(_ position: RangeCallPosition, to region: inout PositionRegion) {
        if region.count == region.capacity {
            let held = Array(positions[region.base..<region.base + region.count])
            let capacity = region.capacity * 2 + 4
            region.base = positions.count
            region.capacity = capacity
            positions.append(contentsOf: held)
            positions.append(
                contentsOf: repeatElement(
                    RangeCallPosition(series: 0, output: 0, window: 0), count: capacity - held.count))
        }
        positions[region.base + region.count] = position
        region.count += 1
    }

    /// Position `index` of a range call's `region`.
    func position(_ index: Int, of region: PositionRegion) -> RangeCallPosition {
        positions[region.base + index]
    }

    /// The window's points in `[start, end]` of the store's series `id`, as `SeriesWindow` keeps them.
    ///
    /// The slice shares one of the pool's blocks: let it go before the pool's next change, or that change copies
    /// the block.
    mutating func points(
        of window: Int32, in storage: InMemoryStorage, series id: SeriesID, from start: Timestamp,
        through end: Timestamp
    ) -> ArraySlice<FloatPoint> {
        let index = Int(window)
        let advanced = slots.withUnsafeMutableBufferPointer { slots in
            blocks.withUnsafeMutableBufferPointer { blocks in
                Self.advance(&slots[index].window, in: blocks, storage: storage, series: id, from: start, through: end)
                { _, _ in }
            }
        }
        if advanced == nil { rebuild(index, storage: storage, series: id, from: start, through: end) }
        let window = slots[index].window
        let offset = Int(window.offset)
        return blocks[Int(window.block)][offset + Int(window.first)..<offset + Int(window.count)]
    }

    /// `variant` over each position's window in `[start, end]`, as `ExtrapolatedRate.extrapolatedChange` gives it,
    /// handed to `body` unless it has none; stops at the first `false` from `body`. With `keeping`, a change already
    /// worked out at `tick` for the same window is taken as it is.
    mutating func forEachChange(
        _ variant: ExtrapolatedRate.Variant, of region: PositionRegion, in storage: InMemoryStorage,
        from start: Timestamp, through end: Timestamp, at tick: UInt32, keeping: Bool,
        _ body: (_ output: Int32, _ value: Double) -> Bool
    ) -> Bool {
        var next = 0
        while true {
            let (stoppedAt, outcome) = changes(
                variant, of: region, startingAt: next, in: storage, from: start, through: end, at: tick,
                keeping: keeping, body)
            if let outcome { return outcome }
            // A window that is not at its usual step is rebuilt outside the borrow, which may add a block, and then
            // taken in its turn like the others: it is then at `[start, end]` with everything its series holds, so
            // it has nothing to add and is taken in place.
            let stopped = position(stoppedAt, of: region)
            rebuild(Int(stopped.window), storage: storage, series: stopped.series, from: start, through: end)
            next = stoppedAt
        }
    }

    /// `forEachChange` from position `next` on, with the slots, the blocks and the positions borrowed once for all
    /// of them: reaching them one position at a time checked that the arrays were not shared, for every series. A
    /// window's block is borrowed for the window, and is the one the window before used, but for a handful of windows
    /// a tick. Returns the outcome when done, or the position of a window that needs `rebuild` first.
    private mutating func changes(
        _ variant: ExtrapolatedRate.Variant, of region: PositionRegion, startingAt next: Int,
        in storage: InMemoryStorage, from start: Timestamp, through end: Timestamp, at tick: UInt32, keeping: Bool,
        _ body: (_ output: Int32, _ value: Double) -> Bool
    ) -> (stoppedAt: Int, outcome: Bool?) {
        slots.withUnsafeMutableBufferPointer { slots in
            blocks.withUnsafeMutableBufferPointer { blocks in
                positions.withUnsafeMutableBufferPointer { positions in
                    for at in next..<region.count {
                        let position = positions[region.base + at]
                        let index = Int(position.window)
                        let value: Double?
                        if keeping, slots[index].kept.tick == tick, slots[index].kept.end == end,
                            slots[index].kept.variant == variant
                        {
                            value = slots[index].kept.value
                        } else {
                            let change = Self.advance(
                                &slots[index].window, in: blocks, storage: storage, series: position.series,
                                from: start, through: end
                            ) { block, window in
                                ExtrapolatedRate.extrapolatedChange(
                                    window.points(in: block), rangeStart: start, rangeEnd: end, variant,
                                    neverDrops: window.neverDrops)
                            }
                            guard let change else { return (at, nil) }
                            value = change
                            if keeping {
                                slots[index].kept = KeptChange(tick: tick, variant: variant, end: end, value: value)
                            }
                        }
                        guard let value else { continue }
                        guard body(position.output, value) else { return (at, false) }
                    }
                    return (region.count, true)
                }
            }
        }
    }

    /// Moves `window` to `[start, end]` within its region (`SeriesWindow.advance`) and hands `body` its block and
    /// the moved window; nil, without calling `body`, when the window has no region yet or cannot take the usual
    /// step, and must be rebuilt first.
    private static func advance<Result>(
        _ window: inout SeriesWindow, in blocks: UnsafeMutableBufferPointer<[FloatPoint]>, storage: InMemoryStorage,
        series id: SeriesID, from start: Timestamp, through end: Timestamp,
        _ body: (UnsafeMutableBufferPointer<FloatPoint>, SeriesWindow) -> Result
    ) -> Result? {
        guard window.capacity > 0 else { return nil }
        return blocks[Int(window.block)].withUnsafeMutableBufferPointer { block in
            guard window.advance(in: block, storage: storage, series: id, from: start, through: end) else { return nil }
            return body(block, window)
        }
    }

    /// Reads window `index` the long way (`SeriesWindow.rebuild`) and puts its points back: into its own region when
    /// they fit, else into a new one (`capacity(for:over:)`).
    private mutating func rebuild(
        _ index: Int, storage: InMemoryStorage, series id: SeriesID, from start: Timestamp, through end: Timestamp
    ) {
        var window = slots[index].window
        var points: [FloatPoint] = []
        swap(&points, &rebuilt)
        if window.capacity > 0 {
            blocks[Int(window.block)].withUnsafeMutableBufferPointer {
                window.rebuild(from: $0, storage: storage, series: id, from: start, through: end, into: &points)
            }
        } else {
            // Never placed: `rebuild` reads the series afresh and touches no block.
            window.rebuild(
                from: UnsafeMutableBufferPointer(start: nil, count: 0), storage: storage, series: id, from: start,
                through: end, into: &points)
        }
        // A window read for the first time gets a region even when it has no points, so that every window read
        // has one.
        if window.capacity > 0, points.count <= Int(window.capacity) {
            let offset = Int(window.offset)
            blocks[Int(window.block)].replaceSubrange(offset..<offset + points.count, with: points)
            window.placed(points, block: window.block, offset: window.offset, capacity: window.capacity)
        } else {
            abandoned += Int(window.capacity)
            let capacity = Self.capacity(for: points, over: end - start)
            let (block, offset) = allocate(capacity)
            blocks[Int(block)].replaceSubrange(Int(offset)..<Int(offset) + points.count, with: points)
            window.placed(points, block: block, offset: offset, capacity: Int32(capacity))
        }
        slots[index].window = window
        swap(&points, &rebuilt)
        // Laid out afresh once a quarter of the room is regions left behind: with `capacity(for:over:)` a window
        // moves about twice on its way to full, so this is rare.
        if abandoned > Self.blockPoints, abandoned * 4 > allocated { layOutAfresh() }
    }

    /// Room for a window's points: as many as the window will hold once it spans its whole range, judged by the
    /// spacing of the points it has (but at most four times those and 64 more, against a burst of close points),
    /// and an eighth more, so a full window shifts its points out every few ticks rather than every tick. A window
    /// of a daemon that starts on an empty store fills up over its whole range: grown by half each time, an hour's
    /// window moved six times and ended up with a third more room than it needed.
    static func capacity(for points: [FloatPoint], over length: Int64) -> Int {
        var expected = points.count
        if points.count >= 2, let first = points.first, let last = points.last, last.timestamp > first.timestamp {
            let spacing = Double(last.timestamp - first.timestamp) / Double(points.count - 1)
            let span = Double(length) / spacing + 1
            expected = max(expected, Int(min(span, Double(points.count * 4 + 64))))
        }
        return expected + expected / 8 + 4
    }

    /// A region of `capacity` points at the end of the last block, or at the start of a new one.
    private mutating func allocate(_ capacity: Int) -> (block: Int32, offset: Int32) {
        let fits = blocks.last.map { $0.count + capacity <= $0.capacity } ?? false
        if !fits {
            var block: [FloatPoint] = []
            block.reserveCapacity(max(Self.blockPoints, capacity))
            blocks.append(block)
        }
        let block = blocks.count - 1
        let offset = blocks[block].count
        blocks[block].append(contentsOf: repeatElement(FloatPoint(timestamp: 0, value: 0), count: capacity))
        allocated += capacity
        return (Int32(block), Int32(offset))
    }

    /// Copies every window's points into new blocks, in window order, leaving the abandoned regions behind.
    private mutating func layOutAfresh() {
        let old = blocks
        blocks = []
        allocated = 0
        abandoned = 0
        for index in slots.indices where slots[index].window.capacity > 0 {
            let window = slots[index].window
            let (block, offset) = allocate(Int(window.capacity))
            let from = Int(window.offset)
            let kept = old[Int(window.block)][from + Int(window.first)..<from + Int(window.count)]
            blocks[Int(block)].replaceSubrange(Int(offset)..<Int(offset) + kept.count, with: kept)
            slots[index].window.moved(block: block, offset: offset)
        }
    }
}
