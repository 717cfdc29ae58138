import GovernorQuery

/// Appends one new sample to every series of the dataset, as one scrape of every target would, through series
/// references kept from the first scrape (as Prometheus's scrape cache keeps them).
struct ScrapeSimulator {
    private let series: [CounterSeries]
    private let references: [SeriesReference]
    /// The sample index the next scrape writes, continuing each counter's `initial + increment * i`.
    private(set) var nextSample = SyntheticDataset.samplesPerSeries

    init(_ dataset: SyntheticDataset, storage: inout InMemoryStorage) {
        series = dataset.allSeries
        references = series.map { storage.reference(for: $0.labels) }
    }

    var nextTime: Timestamp { Timestamp(nextSample) * SyntheticDataset.scrapeInterval }

    /// Writes the next sample of every series at `nextTime` and moves on by one scrape interval.
    mutating func scrape(into storage: inout InMemoryStorage) {
        let time = nextTime
        for index in series.indices {
            storage.append(references[index], timestamp: time, value: series[index].value(atSample: nextSample))
        }
        nextSample += 1
    }
}
