/// One entry of `tail:` in a Sources document: an NDJSON file whose every line becomes a sample or a counter
/// increment of one metric.
public struct TailDeclaration: Hashable, Sendable {
    public static let defaultInterval: Int64 = 10_000

    /// What one line contributes.
    public enum Mapping: Hashable, Sendable {
        /// A gauge: the line's numeric field at this dotted path (`amount`, `result.latency_ms`).
        case value(field: String)
        /// A counter: each line adds this much to its series' total (`count: 1`).
        case count(Double)
    }

    public var path: String
    /// The metric name of every sample the file yields.
    public var metric: String
    /// Label name → dotted path of the JSON field that gives its value; a line without the field leaves the label out.
    public var labels: [String: String]
    public var mapping: Mapping
    /// Milliseconds between two reads of the file.
    public var interval: Int64
    public var location: SourceLocation

    public init(
        path: String, metric: String, labels: [String: String] = [:], mapping: Mapping,
        interval: Int64 = defaultInterval, location: SourceLocation
    ) {
        self.path = path
        self.metric = metric
        self.labels = labels
        self.mapping = mapping
        self.interval = interval
        self.location = location
    }
}
