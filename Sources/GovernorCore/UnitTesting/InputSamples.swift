import GovernorQuery

/// A test group's input samples in time order, loaded into the store tick by tick as promtool's lazy loader
/// does, so that a query never sees a sample after the last tick.
struct InputSamples {
    private let samples: [(labels: Labels, timestamp: Int64, value: Double)]

    init(_ series: [UnitTestSeries], interval: Int64) {
        // A series listed twice keeps its last line; at one time only the first sample counts (which matters
        // when `interval` is 0 and every value lands at time 0).
        var lastLine: [Labels: Int] = [:]
        for (index, entry) in series.enumerated() { lastLine[entry.labels] = index }
        var samples: [(labels: Labels, timestamp: Int64, value: Double)] = []
        for (index, entry) in series.enumerated() where lastLine[entry.labels] == index {
            var seen = Set<Int64>()
            for (step, value) in entry.values.enumerated() {
                guard let value else { continue }
                let timestamp = Int64(step) * interval
                if seen.insert(timestamp).inserted { samples.append((entry.labels, timestamp, value)) }
            }
        }
        self.samples = samples.enumerated().sorted {
            ($0.element.timestamp, $0.offset) < ($1.element.timestamp, $1.offset)
        }
        .map(\.element)
    }

    /// Appends the samples from index `start` whose time is at most `time`; returns the index to resume from.
    func load(from start: Int, through time: Int64, into storage: inout InMemoryStorage) -> Int {
        var index = start
        while index < samples.count, samples[index].timestamp <= time {
            storage.append(
                labels: samples[index].labels, timestamp: samples[index].timestamp, value: samples[index].value)
            index += 1
        }
        return index
    }
}
