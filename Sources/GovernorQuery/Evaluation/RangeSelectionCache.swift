import Synchronization

/// The store a range query reads through: the first selection of a selector fetches every sample that selector can
/// need over the whole range (its window slides forward by at most the range's length), and later steps cut their
/// window out of that with a binary search instead of decoding the store's chunks again at every step. A window the
/// fetch does not cover (a longer range of the same series, an unusual `@` or offset) widens the fetch, so answers
/// never depend on the cache: a window is always cut from samples fetched for at least that window.
final class RangeSelectionCache: SeriesStorage {
    private struct Fetched {
        var start: Timestamp
        var end: Timestamp
        var series: RangeVector
    }

    private let base: any SeriesStorage
    private let reachAhead: Int64
    /// Only the evaluating thread touches it; the lock makes the class honestly `Sendable`.
    private let fetched = Mutex<[[LabelMatcher]: Fetched]>([:])

    init(base: any SeriesStorage, range: QueryRange) {
        self.base = base
        reachAhead = range.end - range.start
    }

    func select(_ matchers: [LabelMatcher], start: Timestamp, end: Timestamp) -> RangeVector {
        let cached = fetched.withLock { $0[matchers] }
        if let cached, cached.start <= start, end <= cached.end {
            return cached.series.compactMap { series in
                let points = series.points
                let lower = Self.firstIndex(in: points) { $0 >= start }
                let upper = Self.firstIndex(in: points) { $0 > end }
                return lower < upper ? RangeSeries(labels: series.labels, points: Array(points[lower..<upper])) : nil
            }
        }
        // Fetch what this window and every later one of its kind can need, together with what was fetched before
        // (another selector of the same series may reach further back).
        let (reach, overflow) = end.addingReportingOverflow(reachAhead)
        let fetchStart = min(start, cached?.start ?? start)
        let fetchEnd = max(overflow ? Timestamp.max : reach, cached?.end ?? end)
        let series = base.select(matchers, start: fetchStart, end: fetchEnd)
        fetched.withLock { $0[matchers] = Fetched(start: fetchStart, end: fetchEnd, series: series) }
        return select(matchers, start: start, end: end)
    }

    /// The first position whose timestamp satisfies `isPast`, which must be monotonic over time.
    private static func firstIndex(in points: [FloatPoint], where isPast: (Timestamp) -> Bool) -> Int {
        var low = 0
        var high = points.count
        while low < high {
            let middle = (low + high) / 2
            if isPast(points[middle].timestamp) { high = middle } else { low = middle + 1 }
        }
        return low
    }
}
