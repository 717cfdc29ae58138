public import GovernorQuery

/// One sample to put into storage: a labelled value at a time, the same shape as an instant-vector element.

/// `load <step>` followed by series lines. The first value of every series lies at time 0
/// (the Unix epoch, which is where promqltest's clock starts) and each next one a step later.
public struct LoadCommand: Sendable, Hashable {
    /// Milliseconds between consecutive values.
    public var step: Int64
    public var series: [SeriesDescription]
    public var line: Int

    public init(step: Int64, series: [SeriesDescription], line: Int) {
        self.step = step
        self.series = series
        self.line = line
    }

    /// The samples the block defines. A series listed twice keeps only its last line, as in Prometheus.
    public var samples: [VectorSample] {
        var lastLineOfSeries: [Labels: Int] = [:]
        for (index, description) in series.enumerated() { lastLineOfSeries[description.labels] = index }
        var samples: [VectorSample] = []
        for (index, description) in series.enumerated() where lastLineOfSeries[description.labels] == index {
            for (position, value) in description.values.enumerated() {
                guard case .sample(let sampleValue) = value else { continue }
                let timestamp = Int64(position) * step
                samples.append(VectorSample(labels: description.labels, timestamp: timestamp, value: sampleValue))
            }
        }
        return samples
    }
}
