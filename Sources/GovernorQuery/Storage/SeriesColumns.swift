/// One series' samples as two parallel arrays, timestamps ascending and unique.
///
/// Columns rather than an array of points: the window search touches only timestamps, and two plain
/// arrays carry no per-sample padding.
struct SeriesColumns: Sendable {
    private(set) var timestamps: [Timestamp] = []
    private(set) var values: [Double] = []

    var count: Int { timestamps.count }

    /// Stores one sample, replacing the value of a sample already at `timestamp`.
    /// Returns whether the series gained a sample (false when it replaced one).
    mutating func insert(timestamp: Timestamp, value: Double) -> Bool {
        // Samples almost always arrive in time order; only the out-of-order ones pay for a search.
        guard let last = timestamps.last, timestamp <= last else {
            timestamps.append(timestamp)
            values.append(value)
            return true
        }
        let index = firstIndex(notBefore: timestamp)
        if timestamps[index] == timestamp {
            values[index] = value
            return false
        }
        timestamps.insert(timestamp, at: index)
        values.insert(value, at: index)
        return true
    }

    /// Removes the samples older than `time` and returns how many there were.
    mutating func removeSamples(before time: Timestamp) -> Int {
        let count = firstIndex(notBefore: time)
        guard count > 0 else { return 0 }
        timestamps.removeFirst(count)
        values.removeFirst(count)
        return count
    }

    /// The positions of the samples whose time lies in `[start, end]`, both ends included.
    func window(from start: Timestamp, through end: Timestamp) -> Range<Int> {
        guard start <= end else { return 0..<0 }
        let lower = firstIndex(notBefore: start)
        let upper = firstIndex(after: end, from: lower)
        return lower..<upper
    }

    /// The samples at `positions`, as points.
    func points(in positions: Range<Int>) -> [FloatPoint] {
        positions.map { FloatPoint(timestamp: timestamps[$0], value: values[$0]) }
    }

    /// Bytes held by both arrays, counting their spare capacity.
    var estimatedBytes: Int {
        2 * 32 + timestamps.capacity * MemoryLayout<Timestamp>.stride + values.capacity * MemoryLayout<Double>.stride
    }

    private func firstIndex(notBefore time: Timestamp) -> Int {
        var low = 0
        var high = timestamps.count
        while low < high {
            let middle = (low + high) / 2
            if timestamps[middle] < time { low = middle + 1 } else { high = middle }
        }
        return low
    }

    private func firstIndex(after time: Timestamp, from start: Int) -> Int {
        var low = start
        var high = timestamps.count
        while low < high {
            let middle = (low + high) / 2
            if timestamps[middle] <= time { low = middle + 1 } else { high = middle }
        }
        return low
    }
}
