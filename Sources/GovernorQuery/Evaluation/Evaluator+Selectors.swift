/// The points a range selector or subquery produced, and the window they were taken from.
struct RangeSelection {
    var series: RangeVector
    var rangeStart: Timestamp
    var rangeEnd: Timestamp
}

extension Evaluator {
    /// An instant selector: each series' latest sample no older than the lookback delta, unless that sample is
    /// a stale marker. Samples carry the evaluation time, or their own time when `keepSampleTimes` (for `timestamp()`).
    func instantSelect(_ selector: VectorSelector, at time: Timestamp, keepSampleTimes: Bool) throws(EvaluationError)
        -> InstantVector
    {
        let (oldest, reference) = try window(
            at: time, modifier: selector.at, offset: selector.offset, length: engine.lookbackDelta)
        let selected = storage.select(selector.matchers, start: oldest, end: reference)
        var vector = InstantVector()
        vector.reserveCapacity(selected.count)
        for series in selected {
            guard let last = series.points.last(where: { $0.timestamp <= reference }),
                last.timestamp >= oldest,
                !StaleMarker.isStale(last.value)
            else { continue }
            vector.append(
                VectorSample(
                    labels: series.labels, timestamp: keepSampleTimes ? last.timestamp : time, value: last.value)
            )
        }
        return vector
    }

    /// A range selector: every non-stale sample in `[reference - range, reference]`.
    func rangeSelect(_ selector: MatrixSelector, at time: Timestamp) throws(EvaluationError) -> RangeSelection {
        let vectorSelector = selector.selector
        let (start, end) = try window(
            at: time, modifier: vectorSelector.at, offset: vectorSelector.offset, length: selector.duration)
        let selected = storage.select(vectorSelector.matchers, start: start, end: end)
        var series = RangeVector()
        series.reserveCapacity(selected.count)
        for var element in selected {
            if element.points.contains(where: { StaleMarker.isStale($0.value) }) {
                element.points.removeAll { StaleMarker.isStale($0.value) }
            }
            if !element.points.isEmpty { series.append(element) }
        }
        return RangeSelection(series: series, rangeStart: start, rangeEnd: end)
    }
}
