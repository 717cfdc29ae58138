/// Milliseconds since the Unix epoch, the time unit Prometheus uses everywhere.
public typealias Timestamp = Int64

/// One float sample of a series.
public struct FloatPoint: Hashable, Sendable {
    public var timestamp: Timestamp
    public var value: Double

    public init(timestamp: Timestamp, value: Double) {
        self.timestamp = timestamp
        self.value = value
    }
}

/// One element of an instant vector. `timestamp` is the evaluation time, except where
/// Prometheus keeps the sample's own time (the argument of `timestamp()`).
public struct VectorSample: Hashable, Sendable {
    public var labels: Labels
    public var timestamp: Timestamp
    public var value: Double

    public init(labels: Labels, timestamp: Timestamp, value: Double) {
        self.labels = labels
        self.timestamp = timestamp
        self.value = value
    }
}

/// One element of a range vector: a series and its points inside the range, oldest first.
public struct RangeSeries: Hashable, Sendable {
    public var labels: Labels
    public var points: [FloatPoint]

    public init(labels: Labels, points: [FloatPoint]) {
        self.labels = labels
        self.points = points
    }
}

public typealias InstantVector = [VectorSample]
public typealias RangeVector = [RangeSeries]
