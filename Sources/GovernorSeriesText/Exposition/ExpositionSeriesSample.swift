public import GovernorQuery

/// One sample line read through an `ExpositionSeriesCache`: its series as the id the reader's caller gave it,
/// its value, and its own timestamp when the line carries one.
public struct ExpositionSeriesSample: Sendable, Hashable {
    public var series: Int32
    public var value: Double
    public var timestamp: Timestamp?

    public init(series: Int32, value: Double, timestamp: Timestamp?) {
        self.series = series
        self.value = value
        self.timestamp = timestamp
    }
}
