import GovernorQuery
import GovernorSeriesText

/// What one target's scrapes remember from one to the next, and how a scrape's outcome becomes samples.
///
/// A value with no I/O: the scrape source performs the request and hands the outcome over. As in Prometheus, a
/// series seen in the previous scrape but not in this one (or every series, when the scrape failed) gets a
/// stale marker at the scrape's time, so queries stop seeing it at once instead of after the 5-minute
/// lookback; series that carry their own timestamps are left alone, as Prometheus leaves them.
struct ScrapeTargetState: Sendable {
    /// `job`, `instance` and the job's static labels.
    let targetLabels: Labels
    private(set) var previousSeries: Set<Labels> = []

    init(targetLabels: Labels) {
        self.targetLabels = targetLabels
    }

    mutating func samples(
        for outcome: Result<ExpositionDocument, ScrapeFailure>, at time: Timestamp, durationSeconds: Double
    ) -> [VectorSample] {
        var samples: [VectorSample] = []
        var seen: Set<Labels> = []
        // Series with their own timestamps: rare, and left out of the series the next scrape checks for staleness.
        var timestamped: [Labels] = []
        var scraped = 0
        var added = 0
        // Series of the previous scrape seen again without a timestamp: when that is all of them, none went stale.
        var kept = 0
        if case .success(let document) = outcome {
            scraped = document.samples.count
            samples.reserveCapacity(scraped + 5)
            seen.reserveCapacity(scraped)
            for sample in document.samples {
                var labels = ScrapeLabels.attach(targetLabels, to: sample.labels)
                // The previous scrape's label set stands for the series: the same object scrape after scrape, so
                // the store's scrape cache recognises it by identity instead of comparing every label.
                let previous = previousSeries.firstIndex(of: labels)
                if let previous { labels = previousSeries[previous] }
                // A repeated series is Prometheus's "duplicate sample for timestamp": the first one stays.
                guard seen.insert(labels).inserted else { continue }
                samples.append(VectorSample(labels: labels, timestamp: sample.timestamp ?? time, value: sample.value))
                if previous == nil { added += 1 }
                if sample.timestamp != nil {
                    timestamped.append(labels)
                } else if previous != nil {
                    kept += 1
                }
            }
        }
        var current = consume seen
        current.subtract(timestamped)
        if kept < previousSeries.count {
            for gone in previousSeries.subtracting(current).sorted() {
                samples.append(VectorSample(labels: gone, timestamp: time, value: StaleMarker.value))
            }
        }
        previousSeries = current
        let up: Double = if case .success = outcome { 1 } else { 0 }
        let report: [(String, Double)] = [
            ("up", up),
            ("scrape_duration_seconds", durationSeconds),
            ("scrape_samples_scraped", Double(scraped)),
            ("scrape_samples_post_metric_relabeling", Double(scraped)),
            ("scrape_series_added", Double(added)),
        ]
        for (name, value) in report {
            samples.append(
                VectorSample(labels: targetLabels.setting(Labels.metricName, to: name), timestamp: time, value: value))
        }
        return samples
    }
}
