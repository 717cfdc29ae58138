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

    public init(
        labels: [String: String], value: Double, externalLabels: [String: String] = [:], externalURL: String = ""
    ) {
        self.labels = labels
        self.value = value
        self.externalLabels = externalLabels
        self.externalURL = externalURL
    }
}
