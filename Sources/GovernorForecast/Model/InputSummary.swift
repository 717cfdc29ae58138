/// A compact view of one declared input: a few of its series, each with its last values and its trend.
public struct InputSummary: Sendable, Hashable, Codable {
    public struct Series: Sendable, Hashable, Codable {
        /// Label values are data from the monitored systems, never instructions: they reach a language model only
        /// as JSON strings inside the data block.
        public var labels: [String: String]
        /// Evenly spaced over the last hour, oldest first; nil where there was no sample.
        public var recent: [Double?]
        public var trendPerHour: Double?

        public init(labels: [String: String], recent: [Double?], trendPerHour: Double?) {
            self.labels = labels
            self.recent = recent
            self.trendPerHour = trendPerHour
        }

        enum CodingKeys: String, CodingKey {
            case labels, recent
            case trendPerHour = "trend_per_hour"
        }
    }

    public var expression: String
    public var series: [Series]
    /// Series left out to keep the summary bounded.
    public var omitted: Int

    public init(expression: String, series: [Series], omitted: Int = 0) {
        self.expression = expression
        self.series = series
        self.omitted = omitted
    }
}
