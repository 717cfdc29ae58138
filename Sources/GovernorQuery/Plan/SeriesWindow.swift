/// One series' points inside a range selector's window, kept from tick to tick: a tick drops the points that
/// left the window and adds the samples that arrived since, instead of decoding the series' chunk again.
///
/// The points are exactly what `CompressedSeries.appendPoints(from:through:skippingStale: true)` gives for the
/// window. They are rebuilt from the series whenever that cannot be guaranteed by moving forward: the window
/// moved back, or the series is another generation (rewritten by an out-of-order or replacing sample, emptied, or
/// another store's).
/// Samples dropped by retention are left out by the series' `retainedFrom`, as its own reads leave them out.
struct SeriesWindow: Sendable {
    private var points: [FloatPoint] = []
    /// The first point still inside the window; the ones before it are shifted out before the next appends.
    private var first = 0
    /// How many points inside the window are below the one before them: with none, a counter had no reset in the
    /// window, and `rate` need not scan the points for one.
    private var drops = 0
    /// The window the points were read for; `start > end` before the first read.
    private var start: Timestamp = .max
    private var end: Timestamp = .min
    /// The series' newest sample time, append count and generation when the points were read.
    private var seriesLast: Timestamp = .min
    private var appends: UInt32 = 0
    private var generation: UInt32 = 0

    /// The non-stale points in `[start, end]` of the store's series `id`, oldest first.
    ///
    /// Reads the series' fields in place rather than taking the series as an argument, which would copy it (and
    /// retain its word array) for every series of every selector at every tick.
    mutating func points(
        in storage: InMemoryStorage, series id: SeriesID, from start: Timestamp, through end: Timestamp
    ) -> ArraySlice<FloatPoint> {
        moveTo(start, end, in: storage, series: id)
        return points[first...]
    }

    /// How many points the window's buffer has room for.
    var capacity: Int { points.capacity }

    /// `body` over the same points as `points(in:series:from:through:)`, in the window's own buffer, and whether
    /// no point is below the one before it. Unlike the slice, the buffer takes no reference, which was an atomic
    /// write to a cold line for every series of every range call at every tick.
    mutating func withPoints<Result>(
        in storage: InMemoryStorage, series id: SeriesID, from start: Timestamp, through end: Timestamp,
        _ body: (_ points: UnsafeBufferPointer<FloatPoint>, _ neverDrops: Bool) -> Result
    ) -> Result {
        moveTo(start, end, in: storage, series: id)
        let (first, neverDrops) = (first, drops == 0)
        // Mutable access, though nothing is written: read-only access to a stored array of `self` retained and
        // released the array around `body`, two atomic operations for every series of every range call.
        return points.withUnsafeMutableBufferPointer {
            body(UnsafeBufferPointer(rebasing: $0[first...]), neverDrops)
        }
    }

    private mutating func moveTo(_ start: Timestamp, _ end: Timestamp, in storage: InMemoryStorage, series id: SeriesID)
    {
        let series = Int(id)
        let seriesGeneration = storage.samplesBySeries[series].generation
        if self.start <= self.end, seriesGeneration == generation, start >= self.start, end >= self.end {
            advance(storage, series: series, from: start, through: end)
        } else {
            points.removeAll(keepingCapacity: true)
            first = 0
            drops = 0
            storage.samplesBySeries[series].appendPoints(from: start, through: end, to: &points, skippingStale: true)
            countDrops(from: 0)
        }
        self.start = start
        self.end = end
        seriesLast = storage.samplesBySeries[series].lastTimestamp
        appends = storage.samplesBySeries[series].appends
        generation = seriesGeneration
    }

    private mutating func advance(
        _ storage: InMemoryStorage, series: Int, from start: Timestamp, through end: Timestamp
    ) {
        let oldest = max(start, storage.samplesBySeries[series].retainedFrom)
        while first < points.count, points[first].timestamp < oldest {
            if first + 1 < points.count, points[first + 1].value < points[first].value { drops -= 1 }
            first += 1
        }
        // Everything up to `known` that lies in the window is held already; only appends happened since.
        let known = min(self.end, seriesLast)
        let last = storage.samplesBySeries[series].lastTimestamp
        guard last > known, end > known else { return }
        // The points left behind at the front are shifted out once they are half the points, or when the buffer is
        // full: shifting is cheaper than growing the buffer, which moved every window of a range call to a new
        // buffer twice as large at the same tick, and left each window's points in a bigger block from then on.
        if first > 0, first * 2 >= points.count || points.count == points.capacity {
            points.removeFirst(first)
            first = 0
        }
        let held = points.count
        defer { countDrops(from: held) }
        if seriesLast <= self.end, storage.samplesBySeries[series].appends &- appends == 1 {
            // One sample appended since, after everything read: it is the series' newest, kept decoded.
            let value = storage.samplesBySeries[series].lastValue
            if last >= start, last <= end, value.bitPattern != StaleMarker.bitPattern {
                points.append(FloatPoint(timestamp: last, value: value))
            }
        } else {
            storage.samplesBySeries[series].appendPoints(
                from: max(start, known + 1), through: end, to: &points, skippingStale: true)
        }
    }

    /// Counts the drops at the points from `index` on, each against the point before it inside the window.
    private mutating func countDrops(from index: Int) {
        for position in max(index, first + 1)..<max(points.count, first + 1)
        where points[position].value < points[position - 1].value {
            drops += 1
        }
    }
}
