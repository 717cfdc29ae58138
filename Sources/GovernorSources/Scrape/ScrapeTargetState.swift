import GovernorQuery
import GovernorSeriesText

/// What one target's scrapes remember from one to the next, and how a scrape's outcome becomes samples.
///
/// A value with no I/O: the scrape source performs the request and hands the body over. As in Prometheus, a
/// series seen in the previous scrape but not in this one (or every series, when the scrape failed) gets a
/// stale marker at the scrape's time, so queries stop seeing it at once instead of after the 5-minute
/// lookback; series that carry their own timestamps are left alone, as Prometheus leaves them.
///
/// Every series the target served lately has an id, and its label set (with the target's labels attached) is
/// built once: a body is read through an `ExpositionSeriesCache`, so a line whose series text was seen before
/// is not parsed again, and the same label set object goes to the store scrape after scrape, which the store's
/// own scrape cache then recognises by identity.
struct ScrapeTargetState: Sendable {
    /// `job`, `instance` and the job's static labels.
    let targetLabels: Labels
    private var cache = ExpositionSeriesCache()
    /// By series id: the label set, the last scrape that served the series, and the last that served it without
    /// a timestamp (the series the next scrape checks for staleness). Scrape 0 is "never".
    private var labels: [Labels] = []
    private var servedIn: [UInt32] = []
    private var untimedIn: [UInt32] = []
    /// Ids by label set, for series texts that differ but name one series (labels in another order).
    private var ids: [Labels: Int32] = [:]
    /// The number of the latest scrape: 1 before the first, so the first scrape's "previous scrape" (1) is never
    /// the mark of a series just given an id (0).
    private var scrape: UInt32 = 1
    /// How many series the latest scrape served without a timestamp.
    private var untimedCount = 0

    init(targetLabels: Labels) {
        self.targetLabels = targetLabels
    }

    /// How many series the state holds an id for.
    var seriesCount: Int { labels.count }

    /// Reads a scraped body through the target's series cache; a malformed body is the scrape's failure.
    mutating func read(_ body: [UInt8]) -> Result<[ExpositionSeriesSample], ScrapeFailure> {
        // Taken out while the reader holds it: `identify` changes `self` at the same time.
        var cache = ExpositionSeriesCache()
        swap(&cache, &self.cache)
        defer { swap(&cache, &self.cache) }
        do {
            return .success(try ExpositionReader.read(bytes: body, cache: &cache) { identify($0) })
        } catch {
            return .failure(.exposition(error))
        }
    }

    mutating func samples(
        for outcome: Result<[ExpositionSeriesSample], ScrapeFailure>, at time: Timestamp, durationSeconds: Double
    ) -> [VectorSample] {
        let previous = scrape
        scrape += 1
        var samples: [VectorSample] = []
        var scraped = 0
        var added = 0
        // Series of the previous scrape seen again without a timestamp: when that is all of them, none went stale.
        var kept = 0
        var untimed = 0
        if case .success(let lines) = outcome {
            scraped = lines.count
            samples.reserveCapacity(scraped + 5)
            for line in lines {
                let id = Int(line.series)
                // A repeated series is Prometheus's "duplicate sample for timestamp": the first one stays.
                guard servedIn[id] != scrape else { continue }
                servedIn[id] = scrape
                samples.append(VectorSample(labels: labels[id], timestamp: line.timestamp ?? time, value: line.value))
                let wasUntimed = untimedIn[id] == previous
                if !wasUntimed { added += 1 }
                guard line.timestamp == nil else { continue }
                untimedIn[id] = scrape
                untimed += 1
                if wasUntimed { kept += 1 }
            }
        }
        if kept < untimedCount {
            // Still marked with the previous scrape: not served this time, or served with a timestamp.
            let gone = untimedIn.indices.filter { untimedIn[$0] == previous }.map { labels[$0] }
            for labels in gone.sorted() {
                samples.append(VectorSample(labels: labels, timestamp: time, value: StaleMarker.value))
            }
        }
        untimedCount = untimed
        if case .success = outcome { forgetSeriesNotServed() }
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

    private mutating func identify(_ scraped: Labels) -> Int32 {
        let attached = ScrapeLabels.attach(targetLabels, to: scraped)
        if let known = ids[attached] { return known }
        let id = Int32(labels.count)
        labels.append(attached)
        servedIn.append(0)
        untimedIn.append(0)
        ids[attached] = id
        return id
    }

    /// Drops the series the latest scrape did not serve, once they outnumber those it did, so a target whose
    /// series churn does not grow the state without bound. A failed scrape keeps them: the target's series
    /// usually come back with it.
    private mutating func forgetSeriesNotServed() {
        let served = servedIn.count { $0 == scrape }
        guard labels.count - served > served else { return }
        var renumbered = [Int32?](repeating: nil, count: labels.count)
        var next: Int32 = 0
        for id in labels.indices where servedIn[id] == scrape {
            renumbered[id] = next
            next += 1
        }
        let kept = labels.indices.filter { renumbered[$0] != nil }
        labels = kept.map { labels[$0] }
        servedIn = kept.map { servedIn[$0] }
        untimedIn = kept.map { untimedIn[$0] }
        ids = ids.compactMapValues { renumbered[Int($0)] }
        cache.renumber { renumbered[Int($0)] }
    }
}
