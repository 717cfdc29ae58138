/// One series' points inside a range selector's window, kept from tick to tick: a tick drops the points that
/// left the window and adds the samples that arrived since, instead of decoding the series' chunk again.
///
/// The points are exactly what `CompressedSeries.appendPoints(from:through:skippingStale: true)` gives for the
/// window. They are rebuilt from the series whenever that cannot be guaranteed by moving forward: the window
/// moved back, or the series is another generation (rewritten by an out-of-order or replacing sample, emptied, or
/// another store's).
/// Samples dropped by retention are left out by the series' `retainedFrom`, as its own reads leave them out.
///
/// The points sit in a region of one of the `WindowPool`'s blocks: `region[0..<count]` are held, and
/// `region[first..<count]` are the window's. A window of its own array read the array's header (its count,
/// capacity and reference count) at every tick, one more cache miss per window, and the arrays lay wherever
/// `malloc` put them; in the pool's blocks, a tick reads the regions in the order it laid them out.
struct SeriesWindow: Sendable {
    /// Which of the pool's blocks holds the window's region, where in it the region starts, and how many points it
    /// has room for.
    private(set) var block: Int32 = 0
    private(set) var offset: Int32 = 0
    private(set) var capacity: Int32 = 0
    /// The first point still inside the window; the ones before it are shifted out when the region is full.
    private(set) var first: Int32 = 0
    /// How many points of the region are held.
    private(set) var count: Int32 = 0
    /// How many points inside the window are below the one before them: with none, a counter had no reset in the
    /// window, and `rate` need not scan the points for one.
    private var drops: Int32 = 0
    /// The window the points were read for; `start > end` before the first read.
    private var start: Timestamp = .max
    private var end: Timestamp = .min
    /// The series' newest sample time, append count and generation when the points were read.
    private var seriesLast: Timestamp = .min
    private var appends: UInt32 = 0
    private var generation: UInt32 = 0

    var neverDrops: Bool { drops == 0 }

    /// Moves the window to `[start, end]` of the store's series `id` within its region of `buffer` (its block), when
    /// that is the usual step: forward, with at most one sample appended since and room for it. Returns false
    /// otherwise, having changed nothing that `rebuild` does not take as it finds it.
    ///
    /// Reads the series' fields in place rather than taking the series as an argument, which would copy it (and
    /// retain its word array) for every series of every selector at every tick.
    mutating func advance(
        in buffer: UnsafeMutableBufferPointer<FloatPoint>, storage: InMemoryStorage, series id: SeriesID,
        from start: Timestamp, through end: Timestamp
    ) -> Bool {
        let series = Int(id)
        guard movesForward(to: start, end, generation: storage.samplesBySeries[series].generation) else {
            return false
        }
        let region = buffer.baseAddress! + Int(offset)
        dropExpired(region, before: max(start, storage.samplesBySeries[series].retainedFrom))
        // Everything up to `known` that lies in the window is held already; only appends happened since.
        let known = min(self.end, seriesLast)
        let last = storage.samplesBySeries[series].lastTimestamp
        if last > known, end > known {
            // More than one sample since, or one before what was read: `rebuild` decodes them.
            guard seriesLast <= self.end, storage.samplesBySeries[series].appends &- appends == 1 else { return false }
            // One sample appended since, after everything read: it is the series' newest, kept decoded.
            let value = storage.samplesBySeries[series].lastValue
            if last >= start, last <= end, value.bitPattern != StaleMarker.bitPattern {
                if count == capacity {
                    guard first > 0 else { return false }
                    shiftOut(region)
                }
                if count > first, value < region[Int(count) - 1].value { drops += 1 }
                region[Int(count)] = FloatPoint(timestamp: last, value: value)
                count += 1
            }
        }
        noteRead(start, end, storage: storage, series: series)
        return true
    }

    /// The window's points for `[start, end]`, in `points` (emptied first): those its region still holds followed
    /// by the series' samples since, or all of them read from the series afresh. The pool puts them back into a
    /// region (`placed(_:block:offset:capacity:)`). `buffer` is the window's block, not read unless the window was
    /// placed before.
    mutating func rebuild(
        from buffer: UnsafeMutableBufferPointer<FloatPoint>, storage: InMemoryStorage, series id: SeriesID,
        from start: Timestamp, through end: Timestamp, into points: inout [FloatPoint]
    ) {
        let series = Int(id)
        points.removeAll(keepingCapacity: true)
        if movesForward(to: start, end, generation: storage.samplesBySeries[series].generation) {
            let region = buffer.baseAddress! + Int(offset)
            dropExpired(region, before: max(start, storage.samplesBySeries[series].retainedFrom))
            points.append(contentsOf: UnsafeBufferPointer(start: region + Int(first), count: Int(count - first)))
            let known = min(self.end, seriesLast)
            storage.samplesBySeries[series].appendPoints(
                from: max(start, known + 1), through: end, to: &points, skippingStale: true)
        } else {
            storage.samplesBySeries[series].appendPoints(from: start, through: end, to: &points, skippingStale: true)
        }
        noteRead(start, end, storage: storage, series: series)
    }

    /// Takes `points` as the window's, now at the start of a region at `offset` in `block`, with room for `capacity`.
    mutating func placed(_ points: [FloatPoint], block: Int32, offset: Int32, capacity: Int32) {
        self.block = block
        self.offset = offset
        self.capacity = capacity
        first = 0
        count = Int32(points.count)
        drops = 0
        for index in points.indices.dropFirst() where points[index].value < points[index - 1].value { drops += 1 }
    }

    /// The window's points in `buffer` (its block), oldest first.
    func points(in buffer: UnsafeMutableBufferPointer<FloatPoint>) -> UnsafeBufferPointer<FloatPoint> {
        UnsafeBufferPointer(start: buffer.baseAddress.map { $0 + Int(offset + first) }, count: Int(count - first))
    }

    /// Notes that the pool, laying its blocks out afresh, copied the window's points from `first` on to the start of
    /// a region at `offset` in `block`: the points before `first` were left behind.
    mutating func moved(block: Int32, offset: Int32) {
        self.block = block
        self.offset = offset
        count -= first
        first = 0
    }

    private func movesForward(to start: Timestamp, _ end: Timestamp, generation seriesGeneration: UInt32) -> Bool {
        self.start <= self.end && seriesGeneration == generation && start >= self.start && end >= self.end
    }

    private mutating func dropExpired(_ region: UnsafeMutablePointer<FloatPoint>, before oldest: Timestamp) {
        while first < count, region[Int(first)].timestamp < oldest {
            if first + 1 < count, region[Int(first) + 1].value < region[Int(first)].value { drops -= 1 }
            first += 1
        }
    }

    /// Moves the window's points to the start of its full region: cheaper than a larger region, and the region
    /// stays where the tick's order put it.
    private mutating func shiftOut(_ region: UnsafeMutablePointer<FloatPoint>) {
        let kept = Int(count - first)
        for index in 0..<kept { region[index] = region[Int(first) + index] }
        count = Int32(kept)
        first = 0
    }

    private mutating func noteRead(_ start: Timestamp, _ end: Timestamp, storage: InMemoryStorage, series: Int) {
        self.start = start
        self.end = end
        seriesLast = storage.samplesBySeries[series].lastTimestamp
        appends = storage.samplesBySeries[series].appends
        generation = storage.samplesBySeries[series].generation
    }
}
