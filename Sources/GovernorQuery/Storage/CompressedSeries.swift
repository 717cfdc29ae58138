import Synchronization

/// One series' samples, timestamps ascending and unique, compressed in chunks the way Prometheus's head does it.
///
/// All chunks sit in one word array. Each starts on a word boundary with two header words (its first timestamp,
/// then its sample count and length in words, written when it is sealed) followed by its Gorilla bit stream
/// (`SampleChunkCoding`). Only the last chunk, the head, takes appends. Chunks hold at most `chunkCapacity`
/// samples, so a window read decodes at most one chunk of samples it does not want, and whole chunks can be
/// skipped by their first timestamps.
///
/// The last sample is also kept decoded, because an instant selector at the current time asks for nothing else.
struct CompressedSeries: Sendable {
    /// Prometheus's chunk size: a window read decodes at most this many samples it does not want.
    static let chunkCapacity = 120

    private var words = SeriesWords()
    /// Where the head chunk's header starts.
    private var headStart: Int32 = 0
    private var headCount: UInt16 = 0
    /// The head's two words being filled (the first, then the second), and how many of their bits are free (128: none
    /// written): see `BitWriter`. Two fields rather than a `UInt128`, whose 16-byte alignment would pad the series.
    private var tailHigh: UInt64 = 0
    private var tailLow: UInt64 = 0
    private var freeBits: UInt8 = 128
    private var leading = SampleChunkCoding.noWindow
    private var trailing: UInt8 = 0
    /// 32 bits, so the series fits in 72 bytes: a longer gap starts a new chunk, whose delta starts at 0.
    private var lastDelta: Int32 = 0
    private(set) var lastTimestamp: Timestamp = .min
    private var lastValueBits: UInt64 = 0
    /// Samples older than this were dropped but still sit in the first chunk: reads skip them. Dropping rewrites no
    /// chunk; whole chunks go once all their samples are older than the cutoff.
    private(set) var retainedFrom: Timestamp = .min
    /// Samples appended after the newest one, counted (wrapping) over the series' life, so a reader that kept what
    /// it read (`SeriesWindow`) knows how many arrived since.
    private(set) var appends: UInt32 = 0
    /// Which history this is, unique across every series of every store (wrapping after 2^32): a new one for each
    /// series made, and after every change other than those appends (an out-of-order or replacing sample, every
    /// sample dropped). A reader whose kept points came from another generation must read them again, even when
    /// the store it reads was replaced by another with the same series.
    private(set) var generation = CompressedSeries.newGeneration()

    private static let generations = Atomic<UInt32>(0)

    private static func newGeneration() -> UInt32 {
        generations.wrappingAdd(1, ordering: .relaxed).newValue
    }

    var lastValue: Double { Double(bitPattern: lastValueBits) }

    private var tail: UInt128 { UInt128(tailHigh) &<< 64 | UInt128(tailLow) }

    /// Nothing is retained: dropping the last sample resets the series. Read from the head's count, which sits in
    /// the series itself, not from the word array: its header is a cache miss for every series of a scrape.
    var isEmpty: Bool { headCount == 0 }

    /// Samples retained, by decoding them: for tests and the rare full drop, not for hot paths.
    var count: Int {
        var count = 0
        forEachSample(from: .min, through: .max) { _, _ in count += 1 }
        return count
    }

    /// Stores one sample, replacing the value of a sample already at `timestamp`.
    /// Returns whether the series gained a sample (false when it replaced one).
    mutating func insert(timestamp: Timestamp, value: Double) -> Bool {
        if isEmpty {
            reset()
            appendInOrder(timestamp: timestamp, bits: value.bitPattern)
            return true
        }
        if timestamp > lastTimestamp {
            appendInOrder(timestamp: timestamp, bits: value.bitPattern)
            return true
        }
        // Out of order or a replacement: rare, so it re-encodes the series rather than splice a chunk.
        var points: [FloatPoint] = []
        forEachSample(from: .min, through: .max) {
            points.append(FloatPoint(timestamp: $0, value: Double(bitPattern: $1)))
        }
        let index = points.partitioningIndex { $0.timestamp >= timestamp }
        let added: Bool
        if index < points.count, points[index].timestamp == timestamp {
            points[index].value = value
            added = false
        } else {
            points.insert(FloatPoint(timestamp: timestamp, value: value), at: index)
            added = true
        }
        reset()
        for point in points { appendInOrder(timestamp: point.timestamp, bits: point.value.bitPattern) }
        return added
    }

    /// Removes the samples older than `time` and returns how many there were.
    mutating func removeSamples(before time: Timestamp) -> Int {
        guard !isEmpty, time > retainedFrom else { return 0 }
        if lastTimestamp < time {
            let removed = count
            reset()
            return removed
        }
        var removed = 0
        forEachSample(from: retainedFrom, through: time - 1) { _, _ in removed += 1 }
        retainedFrom = time
        // Whole chunks before the one holding the first retained sample go.
        var firstKept = 0
        while firstKept != Int(headStart) {
            let next = firstKept + Int(words[firstKept + 1] & 0xffff_ffff)
            if Timestamp(bitPattern: words[next]) > time { break }
            firstKept = next
        }
        if firstKept > 0 {
            words.removeFirst(firstKept)
            headStart -= Int32(firstKept)
        }
        return removed
    }

    /// The last sample whose time lies in `[start, end]`, both ends included.
    func lastSample(from start: Timestamp, through end: Timestamp) -> FloatPoint? {
        let start = max(start, retainedFrom)
        guard !isEmpty, start <= end else { return nil }
        if lastTimestamp <= end {
            return lastTimestamp >= start ? FloatPoint(timestamp: lastTimestamp, value: lastValue) : nil
        }
        var found: FloatPoint?
        forEachSample(from: start, through: end) { found = FloatPoint(timestamp: $0, value: Double(bitPattern: $1)) }
        return found
    }

    /// Appends the samples whose time lies in `[start, end]` to `points`, oldest first, leaving out stale markers
    /// when asked to.
    func appendPoints(
        from start: Timestamp, through end: Timestamp, to points: inout [FloatPoint], skippingStale: Bool
    ) {
        forEachSample(from: start, through: end) { timestamp, bits in
            if skippingStale, bits == StaleMarker.bitPattern { return }
            points.append(FloatPoint(timestamp: timestamp, value: Double(bitPattern: bits)))
        }
    }

    /// Bytes the series holds: the word array with its spare capacity and header, and the decoder state.
    var estimatedBytes: Int {
        24 + words.capacity * MemoryLayout<UInt64>.stride + MemoryLayout<CompressedSeries>.stride
    }

    /// Calls `body` with each retained sample in `[start, end]`, oldest first, its value as bits.
    func forEachSample(from start: Timestamp, through end: Timestamp, _ body: (Timestamp, UInt64) -> Void) {
        let start = max(start, retainedFrom)
        guard !isEmpty, start <= end, start <= lastTimestamp else { return }
        words.withUnsafeBufferPointer { words in
            var chunk = 0
            // A chunk whose successor starts at or before `start` holds nothing at or after it.
            while chunk != Int(headStart) {
                let next = chunk + Int(words[chunk + 1] & 0xffff_ffff)
                if Timestamp(bitPattern: words[next]) > start { break }
                chunk = next
            }
            while true {
                let isHead = chunk == Int(headStart)
                let samples = isHead ? Int(headCount) : Int(words[chunk + 1] &>> 32)
                var reader = BitReader(words: words, tail: tail, word: chunk + 2, used: 0)
                var timestamp = Timestamp(bitPattern: words[chunk])
                var delta: Int64 = 0
                var bits = reader.read(bits: 64)
                var leading = SampleChunkCoding.noWindow
                var trailing: UInt8 = 0
                for index in 0..<samples {
                    if index > 0 {
                        delta &+= SampleChunkCoding.readTimestampChange(from: &reader)
                        timestamp &+= delta
                        bits = SampleChunkCoding.readValue(
                            previous: bits, leading: &leading, trailing: &trailing, from: &reader)
                    }
                    if timestamp > end { return }
                    if timestamp >= start { body(timestamp, bits) }
                }
                if isHead { return }
                chunk += Int(words[chunk + 1] & 0xffff_ffff)
            }
        }
    }

    /// Empties the series and starts a new generation, so no reader mistakes the refilled series for the one it read.
    private mutating func reset() {
        self = CompressedSeries()
    }

    private mutating func appendInOrder(timestamp: Timestamp, bits: UInt64) {
        var writer = BitWriter(words: SeriesWords(), tail: tail, freeBits: Int(freeBits))
        swap(&writer.words, &words)
        defer {
            swap(&writer.words, &words)
            tailHigh = UInt64(truncatingIfNeeded: writer.tail &>> 64)
            tailLow = UInt64(truncatingIfNeeded: writer.tail)
            freeBits = UInt8(writer.freeBits)
            lastTimestamp = timestamp
            lastValueBits = bits
            appends &+= 1
        }
        let delta = timestamp &- lastTimestamp
        if headCount == 0 || Int(headCount) == Self.chunkCapacity || Int32(exactly: delta) == nil {
            writer.flush()
            if headCount > 0 {
                let length = UInt64(writer.words.count - Int(headStart))
                writer.words[Int(headStart) + 1] = UInt64(headCount) &<< 32 | length
            }
            headStart = Int32(writer.words.count)
            writer.words.append(UInt64(bitPattern: timestamp))
            writer.words.append(0)
            writer.write(bits, bits: 64)
            headCount = 1
            lastDelta = 0
            leading = SampleChunkCoding.noWindow
            trailing = 0
            return
        }
        SampleChunkCoding.writeTimestampChange(delta &- Int64(lastDelta), into: &writer)
        SampleChunkCoding.writeValue(
            bits, previous: lastValueBits, leading: &leading, trailing: &trailing, into: &writer)
        lastDelta = Int32(delta)
        headCount += 1
    }
}

extension Array {
    /// The first index whose element satisfies `predicate`, for a predicate false then true along the array.
    fileprivate func partitioningIndex(where predicate: (Element) -> Bool) -> Int {
        var low = 0
        var high = count
        while low < high {
            let middle = (low + high) / 2
            if predicate(self[middle]) { high = middle } else { low = middle + 1 }
        }
        return low
    }
}
