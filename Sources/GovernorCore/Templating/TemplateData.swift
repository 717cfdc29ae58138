/// One sample a template's `query` call returns, as Prometheus's templates see it (`.Labels`, `.Value`).
public struct TemplateSample: Hashable, Sendable {
    public var labels: [String: String]
    public var value: Double

    public init(labels: [String: String], value: Double) {
        self.labels = labels
        self.value = value
    }
}

/// What an alert's label and annotation templates can read, as Prometheus provides it.
public struct TemplateData: Sendable {
    /// `$labels` / `.Labels`.
    public var labels: [String: String]
    /// `$value` / `.Value`.
    public var value: Double
    /// `$externalLabels` / `.ExternalLabels`.
    public var externalLabels: [String: String]
    /// `$externalURL` / `.ExternalURL`.
    public var externalURL: String
    /// Runs a PromQL expression at the evaluation time, for the `query` function; nil when queries are not allowed.
    public var query: (@Sendable (String) throws -> [TemplateSample])?

    public init(
        labels: [String: String], value: Double, externalLabels: [String: String] = [:], externalURL: String = "",
        query: (@Sendable (String) throws -> [TemplateSample])? = nil
    ) {
        self.labels = labels
        self.value = value
        self.externalLabels = externalLabels
        self.externalURL = externalURL
        self.query = query
    }
}
