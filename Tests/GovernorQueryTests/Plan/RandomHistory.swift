import GovernorQuery

/// A random history for the differential test: counters with resets, gauges with NaN and stale markers, gaps,
/// jittered scrapes, series that appear part-way through, late samples that land between older ones or replace
/// one, and retention drops, appended tick by tick.
struct RandomHistory {
    struct Series {
        var labels: Labels
        var start: Int
        var value: Double
    }

    static let interval: Timestamp = 15_000
    var random: SeededGenerator
    private(set) var series: [Series] = []

    init(random: SeededGenerator) {
        self.random = random
        let count = Int.random(in: 1...7, using: &self.random)
        for _ in 0..<count { addSeries(startingAt: Int.random(in: 0..<4, using: &self.random)) }
    }

    private mutating func addSeries(startingAt step: Int) {
        var pairs: [(String, String)] = [("__name__", RandomRuleGenerator.metrics.randomElement(using: &random)!)]
        for name in RandomRuleGenerator.labelNames where Int.random(in: 0..<100, using: &random) < 70 {
            let values = name == "job" ? ["api", "db", "web"] : name == "instance" ? ["1", "2", "3"] : ["200", "500"]
            pairs.append((name, values.randomElement(using: &random)!))
        }
        series.append(Series(labels: Labels(pairs.map { Label(name: $0.0, value: $0.1) }), start: step, value: 0))
    }

    /// Appends everything scraped at `step` (and, now and then, a new series).
    mutating func scrape(step: Int, into storage: inout InMemoryStorage) {
        if Int.random(in: 0..<100, using: &random) < 8 { addSeries(startingAt: step) }
        for index in series.indices where series[index].start <= step {
            let roll = Int.random(in: 0..<100, using: &random)
            if roll < 8 { continue }  // a missed scrape
            var value: Double
            if roll < 11 {
                value = StaleMarker.value
            } else if roll < 13 {
                value = .nan
            } else if roll < 17 {
                value = Double(Int.random(in: 0..<5, using: &random))  // a counter reset
                series[index].value = value
            } else {
                series[index].value += Double(Int.random(in: 0..<40, using: &random)) / 4
                value = series[index].value
            }
            let jitter = Int64.random(in: -2_000...2_000, using: &random)
            let timestamp = Int64(step) * Self.interval + jitter
            storage.append(labels: series[index].labels, timestamp: timestamp, value: value)
            if Int.random(in: 0..<100, using: &random) < 3 {
                // A late sample: on the time just written (a replacement), or between two older ones.
                let late =
                    Bool.random(using: &random)
                    ? timestamp : timestamp - Int64.random(in: 1_000...60_000, using: &random)
                storage.append(labels: series[index].labels, timestamp: late, value: value + 1)
            }
        }
        if Int.random(in: 0..<100, using: &random) < 4 {
            // A retention sweep, sometimes inside the windows the rules read.
            let keep = Int64.random(in: 1...12, using: &random) * Self.interval / 2
            storage.dropSamples { _ in Int64(step) * Self.interval - keep }
        }
    }
}
