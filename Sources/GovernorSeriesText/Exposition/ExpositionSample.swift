public import GovernorQuery

/// One sample line of a text exposition: `name{label="value"} value [timestamp_ms]`.
public struct ExpositionSample: Sendable, Hashable {
    /// The series, with its metric name in `__name__`.
    public var labels: Labels
    public var value: Double
    /// The sample's own time in milliseconds, when the line carries one; a scrape uses its own time otherwise.
    public var timestamp: Timestamp?
    /// 1-based line of the sample, and the column (in Unicode scalars) where its metric name starts.
    public var line: Int
    public var column: Int

    public init(labels: Labels, value: Double, timestamp: Timestamp?, line: Int, column: Int) {
        self.labels = labels
        self.value = value
        self.timestamp = timestamp
        self.line = line
        self.column = column
    }
}
