/// Series kept in memory. A value type: build it, then hand it to the evaluator.
///
/// Label strings are interned, label sets are stored once per series, samples sit in per-series
/// compressed chunks, and a postings index answers matchers without visiting every series. All of it is
/// copy-on-write arrays and dictionaries, so copies are cheap and the store is `Sendable`.
public struct InMemoryStorage: SeriesStorage {
    private(set) var interner = LabelInterner()
    private(set) var postings = PostingsIndex()
    private var seriesIDsByLabels: [Labels: SeriesID] = [:]
    private(set) var labelsBySeries: [Labels] = []
    private(set) var samplesBySeries: [CompressedSeries] = []
    /// The series the last append went to, so a run of appends to one series skips the hash lookup.
    private var lastAppended: (labels: Labels, series: SeriesID)?

    public private(set) var sampleCount = 0

    public init() {}

    public var seriesCount: Int { labelsBySeries.count }

    /// Adds one sample. A sample at a time the series already has replaces the old one; samples may
    /// arrive in any time order. Stale markers are stored like any other value.
    public mutating func append(labels: Labels, timestamp: Timestamp, value: Double) {
        let series = seriesID(for: labels)
        if samplesBySeries[Int(series)].insert(timestamp: timestamp, value: value) {
            sampleCount += 1
        }
    }

    /// The reference of the series with exactly these labels, creating the series if it is new.
    public mutating func reference(for labels: Labels) -> SeriesReference {
        SeriesReference(series: seriesID(for: labels))
    }

    /// Whether `reference` names a series of this storage with exactly these labels.
    func holds(_ reference: SeriesReference, labeled labels: Labels) -> Bool {
        labelsBySeries.withUnsafeBufferPointer { series in
            Int(reference.series) < series.count && series[Int(reference.series)] == labels
        }
    }

    /// Adds one sample to the series behind `reference`, with the same rules as `append(labels:timestamp:value:)`.
    public mutating func append(_ reference: SeriesReference, timestamp: Timestamp, value: Double) {
        if samplesBySeries[Int(reference.series)].insert(timestamp: timestamp, value: value) {
            sampleCount += 1
        }
    }

    /// Forgets every sample older than the cutoff that `cutoff` gives for its series, so a long-running
    /// process holds only the history its rules read. The series themselves (labels, index) stay.
    public mutating func dropSamples(before cutoff: (Labels) -> Timestamp) {
        for series in samplesBySeries.indices {
            sampleCount -= samplesBySeries[series].removeSamples(before: cutoff(labelsBySeries[series]))
        }
    }

    public func select(_ matchers: [LabelMatcher], start: Timestamp, end: Timestamp) -> RangeVector {
        let selected = seriesMatching(matchers)
        var result: RangeVector = []
        result.reserveCapacity(selected.count)
        for series in selected {
            var points: [FloatPoint] = []
            samplesBySeries[Int(series)].appendPoints(from: start, through: end, to: &points, skippingStale: false)
            if points.isEmpty { continue }
            result.append(RangeSeries(labels: labelsBySeries[Int(series)], points: points))
        }
        return result
    }

    /// The bytes the retained samples take (timestamps and values with their containers), without labels or
    /// the index: the figure to divide by `sampleCount` for bytes per retained sample.
    public var sampleBytes: Int { samplesBySeries.reduce(0) { $0 + $1.estimatedBytes } }

    /// An estimate of the bytes the store holds: samples, label sets, the interned strings and the
    /// index. It counts spare array capacity and approximates hash-table overhead, so it is a guide
    /// for comparing layouts rather than an exact heap measurement.
    public var memoryFootprint: Int {
        let labelPairBytes = MemoryLayout<Label>.stride
        let labelBytes = labelsBySeries.reduce(0) { $0 + 32 + $1.count * labelPairBytes }
        let tableBytes =
            labelsBySeries.capacity * MemoryLayout<Labels>.stride
            + samplesBySeries.capacity * MemoryLayout<CompressedSeries>.stride
            + seriesIDsByLabels.capacity * (MemoryLayout<Labels>.stride + MemoryLayout<SeriesID>.stride + 1)
        return labelBytes + tableBytes + sampleBytes + interner.estimatedBytes + postings.estimatedBytes
    }

    private mutating func seriesID(for labels: Labels) -> SeriesID {
        if let last = lastAppended, last.labels == labels { return last.series }
        let series = seriesIDsByLabels[labels] ?? createSeries(labels)
        lastAppended = (labels, series)
        return series
    }

    private mutating func createSeries(_ labels: Labels) -> SeriesID {
        let series = SeriesID(labelsBySeries.count)
        var sharedPairs: [Label] = []
        sharedPairs.reserveCapacity(labels.count)
        for pair in labels.pairs {
            let name = interner.intern(pair.name)
            let value = interner.intern(pair.value)
            postings.add(series, name: name, value: value)
            // Rebuilt from the interned copies so every series shares one buffer per distinct string.
            sharedPairs.append(Label(name: interner[name], value: interner[value]))
        }
        let sharedLabels = Labels(sortedUnchecked: sharedPairs)
        labelsBySeries.append(sharedLabels)
        samplesBySeries.append(CompressedSeries())
        seriesIDsByLabels[sharedLabels] = series
        return series
    }
}
