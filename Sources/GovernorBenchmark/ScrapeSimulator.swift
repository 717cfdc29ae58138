import GovernorQuery

/// One scrape of every series of the dataset at a time, as the batch a source hands the daemon: a sample per
/// series, continuing each counter's `initial + increment * i`.
struct ScrapeSimulator {
    private let series: [CounterSeries]
    /// The sample index the next scrape writes.
    private var nextSample = SyntheticDataset.samplesPerSeries
    /// The time of the last scrape returned.
    private(set) var time: Timestamp = 0

    init(_ dataset: SyntheticDataset) {
        series = dataset.allSeries
    }

    /// The time the next scrape will have.
    var nextTime: Timestamp { Timestamp(nextSample) * SyntheticDataset.scrapeInterval }

    /// The next scrape of every series, and the clock moved on to it.
    mutating func next() -> [VectorSample] {
        time = nextTime
        let index = nextSample
        nextSample += 1
        return series.map { VectorSample(labels: $0.labels, timestamp: time, value: $0.value(atSample: index)) }
    }
}
