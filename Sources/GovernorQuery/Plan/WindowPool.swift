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

    var count: Int { slots.count }

    /// The window of `series` over `range` before `offset`, made on first use.
    mutating func window(series: SeriesID, range: Int64, offset: Int64) -> Int32 {
        let key = Key(series: series, range: range, offset: offset)
        if let index = indexOfKey[key] { return index }
        let index = Int32(slots.count)
        slots.append(Slot())
        indexOfKey[key] = index
        return index
    }

    /// The window's points in `[start, end]` of the store's series `id`, as `SeriesWindow.points` gives them.
    mutating func points(
        of window: Int32, in storage: InMemoryStorage, series id: SeriesID, from start: Timestamp,
        through end: Timestamp
    ) -> ArraySlice<FloatPoint> {
        slots[Int(window)].window.points(in: storage, series: id, from: start, through: end)
    }

    /// `variant` over each position's window in `[start, end]`, as `ExtrapolatedRate.extrapolatedChange` gives it,
    /// handed to `body` unless it has none; stops at the first `false` from `body`. With `keeping`, a change already
    /// worked out at `tick` for the same window is taken as it is.
    ///
    /// The slots are borrowed once for all the positions: reaching them one position at a time checked that the
    /// array was not shared, twice per series (the window, its kept change).
    mutating func forEachChange(
        _ variant: ExtrapolatedRate.Variant, of positions: [RangeCallPosition], in storage: InMemoryStorage,
        from start: Timestamp, through end: Timestamp, at tick: UInt32, keeping: Bool,
        _ body: (_ output: Int32, _ value: Double) -> Bool
    ) -> Bool {
        slots.withUnsafeMutableBufferPointer { slots in
            for position in positions {
                let index = Int(position.window)
                let value: Double?
                if keeping, slots[index].kept.tick == tick, slots[index].kept.end == end,
                    slots[index].kept.variant == variant
                {
                    value = slots[index].kept.value
                } else {
                    value = slots[index].window.withPoints(
                        in: storage, series: position.series, from: start, through: end
                    ) {
                        ExtrapolatedRate.extrapolatedChange(
                            $0, rangeStart: start, rangeEnd: end, variant, neverDrops: $1)
                    }
                    if keeping { slots[index].kept = KeptChange(tick: tick, variant: variant, end: end, value: value) }
                }
                guard let value else { continue }
                guard body(position.output, value) else { return false }
            }
            return true
        }
    }
}
