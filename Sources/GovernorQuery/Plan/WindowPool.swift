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

    private var indexOfKey: [Key: Int32] = [:]
    private var windows: [SeriesWindow] = []
    private var changes: [KeptChange] = []

    var count: Int { windows.count }

    /// The window of `series` over `range` before `offset`, made on first use.
    mutating func window(series: SeriesID, range: Int64, offset: Int64) -> Int32 {
        let key = Key(series: series, range: range, offset: offset)
        if let index = indexOfKey[key] { return index }
        let index = Int32(windows.count)
        windows.append(SeriesWindow())
        changes.append(KeptChange())
        indexOfKey[key] = index
        return index
    }

    /// The window's points in `[start, end]` of the store's series `id`, as `SeriesWindow.points` gives them.
    mutating func points(
        of window: Int32, in storage: InMemoryStorage, series id: SeriesID, from start: Timestamp,
        through end: Timestamp
    ) -> ArraySlice<FloatPoint> {
        windows[Int(window)].points(in: storage, series: id, from: start, through: end)
    }

    /// `variant` over the window's points in `[start, end]`, as `ExtrapolatedRate.extrapolatedChange` gives it.
    /// With `keeping`, a change already worked out at `tick` for the same window is taken as it is.
    mutating func change(
        _ variant: ExtrapolatedRate.Variant, of window: Int32, in storage: InMemoryStorage, series id: SeriesID,
        from start: Timestamp, through end: Timestamp, at tick: UInt32, keeping: Bool
    ) -> Double? {
        let index = Int(window)
        if keeping {
            let kept = changes[index]
            if kept.tick == tick, kept.end == end, kept.variant == variant { return kept.value }
        }
        let value = windows[index].withPoints(in: storage, series: id, from: start, through: end) {
            ExtrapolatedRate.extrapolatedChange($0, rangeStart: start, rangeEnd: end, variant, neverDrops: $1)
        }
        if keeping { changes[index] = KeptChange(tick: tick, variant: variant, end: end, value: value) }
        return value
    }
}
