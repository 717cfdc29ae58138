import GovernorQuery

/// One generated counter: its value at sample `i` is `initial + increment * i`, which is exactly
/// what the `initial+incrementxN` series notation of promqltest and promtool expands to.
struct CounterSeries: Sendable {
    var labels: Labels
    var initial: Int
    var increment: Int

    func value(atSample index: Int) -> Double { Double(initial + increment * index) }
}

/// The benchmark's data: request counters and classic-histogram buckets, all scraped every 15s.
///
/// Half the series are `http_requests_total{job, instance, code}`, half are
/// `x_bucket{job, instance, le}` with ten `le` values per histogram. Values are whole numbers so the
/// load file, the promtool file and the in-process store all hold bit-identical samples.
///
/// Every series a query sums into one group (one `job`, one `le`) grows by the same increment, so
/// all addends of a group are equal and the float sum does not depend on the order of addition:
/// promtool loads its input series in Go map order, which changes from run to run, and the last bits
/// of a sum of unequal rates would change with it. Initial values differ freely.
struct SyntheticDataset: Sendable {
    static let samplesPerSeries = 60
    static let scrapeInterval: Timestamp = 15_000
    static let jobCount = 10
    static let statusCodes = ["200", "201", "404", "500", "503"]
    static let bucketBounds = ["0.005", "0.01", "0.025", "0.05", "0.1", "0.25", "0.5", "1", "2.5", "+Inf"]
    /// How many observations of every hundred land at or below each bound; cumulative, so ascending.
    private static let cumulativeShare = [1, 3, 8, 15, 30, 55, 75, 90, 97, 100]
    private static let observationsPerScrape = 3

    let requestSeries: [CounterSeries]
    let bucketSeries: [CounterSeries]

    var allSeries: [CounterSeries] { requestSeries + bucketSeries }
    var seriesCount: Int { requestSeries.count + bucketSeries.count }
    var sampleCount: Int { seriesCount * Self.samplesPerSeries }
    /// The time of the last sample, where both benchmark queries are evaluated.
    var endTime: Timestamp { Timestamp(Self.samplesPerSeries - 1) * Self.scrapeInterval }

    /// Builds about `seriesCount` series, rounded down so every instance has all five codes and every
    /// histogram all ten buckets.
    init(seriesCount: Int) {
        let perInstance = Self.statusCodes.count
        let requestInstances = max(1, seriesCount / 2 / perInstance)
        let histograms = max(1, (seriesCount - requestInstances * perInstance) / Self.bucketBounds.count)

        var requests: [CounterSeries] = []
        requests.reserveCapacity(requestInstances * perInstance)
        for instance in 0..<requestInstances {
            for (codeIndex, code) in Self.statusCodes.enumerated() {
                let seed = instance * perInstance + codeIndex
                let labels = Labels(sortedUnchecked: [
                    Label(name: Labels.metricName, value: "http_requests_total"),
                    Label(name: "code", value: code),
                    Label(name: "instance", value: Self.instanceName(instance)),
                    Label(name: "job", value: Self.jobName(instance)),
                ])
                let increment = 1 + instance % Self.jobCount * 3
                requests.append(CounterSeries(labels: labels, initial: seed * 7 % 1000, increment: increment))
            }
        }

        var buckets: [CounterSeries] = []
        buckets.reserveCapacity(histograms * Self.bucketBounds.count)
        for histogram in 0..<histograms {
            for (boundIndex, bound) in Self.bucketBounds.enumerated() {
                let share = Self.cumulativeShare[boundIndex]
                let labels = Labels(sortedUnchecked: [
                    Label(name: Labels.metricName, value: "x_bucket"),
                    Label(name: "instance", value: Self.instanceName(histogram)),
                    Label(name: "job", value: Self.jobName(histogram)),
                    Label(name: "le", value: bound),
                ])
                buckets.append(
                    CounterSeries(
                        labels: labels, initial: histogram % 5 * share, increment: Self.observationsPerScrape * share)
                )
            }
        }
        requestSeries = requests
        bucketSeries = buckets
    }

    func timestamp(ofSample index: Int) -> Timestamp { Timestamp(index) * Self.scrapeInterval }

    /// Loads every sample, series by series, as promqltest's `load` command does.
    func load(into storage: inout InMemoryStorage) {
        for series in allSeries {
            for index in 0..<Self.samplesPerSeries {
                storage.append(
                    labels: series.labels, timestamp: timestamp(ofSample: index), value: series.value(atSample: index))
            }
        }
    }

    private static func instanceName(_ index: Int) -> String { "host-\(index):9100" }
    private static func jobName(_ index: Int) -> String { "job-\(index % jobCount)" }
}
