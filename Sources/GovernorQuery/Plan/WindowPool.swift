/// The windows of every range call of a program, one per series, range and offset. Two range calls that read the
/// same series over the same range move one window between them: an error ratio's numerator
/// (`rate(x{code=~"5.."}[5m])`) reads a subset of its denominator's series (`rate(x[5m])`), and each of those
/// series' windows is moved forward once per tick, not once per range call.
///
/// A series' `rate`, `increase` or `delta` is kept too, for the tick it was worked out at, so the second range call
/// takes it instead of working it out again. Only a range call whose series cannot change within a tick asks for
/// that (`RangeCallNode.keepsChanges`): its selector names a metric that none of the group's expressions writes.
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
    /// Every window's points, each window in a region of its own (`SeriesWindow.base`), laid out in the order the
    /// windows were first read, which is the order a tick reads them in.
    private var buffer: [FloatPoint] = []
    /// Points of `buffer` in regions no window uses any more, left behind by windows that outgrew theirs.
    private var abandoned = 0
    /// Where a window's points are put together when it outgrows its usual step (`SeriesWindow.rebuild`).
    private var rebuilt: [FloatPoint] = []

    var count: Int { slots.count }

    /// How many points the buffer has room for, its abandoned regions included.
    var bufferSize: Int { buffer.count }

    /// The window of `series` over `range` before `offset`, made on first use.
    mutating func window(series: SeriesID, range: Int64, offset: Int64) -> Int32 {
        let key = Key(series: series, range: range, offset: offset)
        if let index = indexOfKey[key] { return index }
        let index = Int32(slots.count)
        slots.append(Slot())
        indexOfKey[key] = index
        return index
    }

    /// The window's points in `[start, end]` of the store's series `id`, as `SeriesWindow` keeps them.
    ///
    /// The slice shares the pool's buffer: let it go before the pool's next change, or that change copies the
    /// buffer.
    mutating func points(
        of window: Int32, in storage: InMemoryStorage, series id: SeriesID, from start: Timestamp,
        through end: Timestamp
    ) -> ArraySlice<FloatPoint> {
        let index = Int(window)
        let advanced = slots.withUnsafeMutableBufferPointer { slots in
            buffer.withUnsafeMutableBufferPointer {
                slots[index].window.advance(in: $0, storage: storage, series: id, from: start, through: end)
            }
        }
        if !advanced { rebuild(index, storage: storage, series: id, from: start, through: end) }
        let window = slots[index].window
        return buffer[window.base + Int(window.first)..<window.base + Int(window.count)]
    }

    /// `variant` over each position's window in `[start, end]`, as `ExtrapolatedRate.extrapolatedChange` gives it,
    /// handed to `body` unless it has none; stops at the first `false` from `body`. With `keeping`, a change already
    /// worked out at `tick` for the same window is taken as it is.
    mutating func forEachChange(
        _ variant: ExtrapolatedRate.Variant, of positions: [RangeCallPosition], in storage: InMemoryStorage,
        from start: Timestamp, through end: Timestamp, at tick: UInt32, keeping: Bool,
        _ body: (_ output: Int32, _ value: Double) -> Bool
    ) -> Bool {
        var next = 0
        while true {
            let (stoppedAt, outcome) = changes(
                variant, of: positions, startingAt: next, in: storage, from: start, through: end, at: tick,
                keeping: keeping, body)
            if let outcome { return outcome }
            // A window that is not at its usual step is rebuilt outside the borrow, which may move the buffer,
            // and then taken in its turn like the others: it is then at `[start, end]` with everything its series
            // holds, so it has nothing to add and is taken in place.
            let position = positions[stoppedAt]
            rebuild(Int(position.window), storage: storage, series: position.series, from: start, through: end)
            next = stoppedAt
        }
    }

    /// `forEachChange` from position `next` on, with the slots and the buffer borrowed once for all of them: reaching
    /// them one position at a time checked that the arrays were not shared, for every series. Returns the outcome
    /// when done, or the position of a window that needs `rebuild` first.
    private mutating func changes(
        _ variant: ExtrapolatedRate.Variant, of positions: [RangeCallPosition], startingAt next: Int,
        in storage: InMemoryStorage, from start: Timestamp, through end: Timestamp, at tick: UInt32, keeping: Bool,
        _ body: (_ output: Int32, _ value: Double) -> Bool
    ) -> (stoppedAt: Int, outcome: Bool?) {
        slots.withUnsafeMutableBufferPointer { slots in
            buffer.withUnsafeMutableBufferPointer { buffer in
                for at in next..<positions.count {
                    let position = positions[at]
                    let index = Int(position.window)
                    let value: Double?
                    if keeping, slots[index].kept.tick == tick, slots[index].kept.end == end,
                        slots[index].kept.variant == variant
                    {
                        value = slots[index].kept.value
                    } else {
                        guard
                            slots[index].window.advance(
                                in: buffer, storage: storage, series: position.series, from: start, through: end)
                        else { return (at, nil) }
                        value = ExtrapolatedRate.extrapolatedChange(
                            slots[index].window.points(in: buffer), rangeStart: start, rangeEnd: end, variant,
                            neverDrops: slots[index].window.neverDrops)
                        if keeping {
                            slots[index].kept = KeptChange(tick: tick, variant: variant, end: end, value: value)
                        }
                    }
                    guard let value else { continue }
                    guard body(position.output, value) else { return (at, false) }
                }
                return (positions.count, true)
            }
        }
    }

    /// Reads window `index` the long way (`SeriesWindow.rebuild`) and puts its points back: into its own region when
    /// they fit, else into a new one at the end of the buffer, with room to grow by half.
    private mutating func rebuild(
        _ index: Int, storage: InMemoryStorage, series id: SeriesID, from start: Timestamp, through end: Timestamp
    ) {
        var window = slots[index].window
        var points: [FloatPoint] = []
        swap(&points, &rebuilt)
        buffer.withUnsafeMutableBufferPointer {
            window.rebuild(from: $0, storage: storage, series: id, from: start, through: end, into: &points)
        }
        // A window read for the first time gets a region even when it has no points, so that every window read
        // has one.
        if window.capacity > 0, points.count <= Int(window.capacity) {
            buffer.replaceSubrange(window.base..<window.base + points.count, with: points)
            window.placed(points, at: window.base, capacity: window.capacity)
        } else {
            abandoned += Int(window.capacity)
            let capacity = points.count + points.count / 2 + 4
            let base = buffer.count
            buffer.append(contentsOf: points)
            buffer.append(contentsOf: repeatElement(FloatPoint(timestamp: 0, value: 0), count: capacity - points.count))
            window.placed(points, at: base, capacity: Int32(capacity))
        }
        slots[index].window = window
        swap(&points, &rebuilt)
        // A daemon starting on an empty store grows every window a few times in its first minutes: laid out afresh
        // once a quarter is left behind, the buffer ends up holding no abandoned regions rather than a third of them.
        if abandoned > 4096, abandoned * 4 > buffer.count { layOutAfresh() }
    }

    /// Copies every window's points into a new buffer, in window order, leaving the abandoned regions behind.
    private mutating func layOutAfresh() {
        var fresh: [FloatPoint] = []
        fresh.reserveCapacity(buffer.count - abandoned)
        for index in slots.indices {
            let window = slots[index].window
            let base = fresh.count
            fresh.append(contentsOf: buffer[window.base..<window.base + Int(window.capacity)])
            let kept = buffer[window.base + Int(window.first)..<window.base + Int(window.count)]
            fresh.replaceSubrange(base..<base + kept.count, with: kept)
            slots[index].window.moved(to: base)
        }
        buffer = fresh
        abandoned = 0
    }
}
