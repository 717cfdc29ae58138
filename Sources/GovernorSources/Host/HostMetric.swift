public import GovernorQuery

/// One reading of a host metric before it gets its time: a metric name, its other labels, and a value.
public struct HostMetric: Sendable, Hashable {
    public var name: String
    public var labels: [String: String]
    public var value: Double

    public init(_ name: String, _ labels: [String: String] = [:], _ value: Double) {
        self.name = name
        self.labels = labels
        self.value = value
    }

    func sample(at time: Timestamp) -> VectorSample {
        var all = labels
        all[Labels.metricName] = name
        return VectorSample(labels: Labels(all), timestamp: time, value: value)
    }
}
