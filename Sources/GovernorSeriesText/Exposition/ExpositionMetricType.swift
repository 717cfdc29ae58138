/// The types a `# TYPE` line may declare, as Prometheus's text format (version 0.0.4) names them.
public enum ExpositionMetricType: String, Sendable, Hashable, CaseIterable {
    case counter
    case gauge
    case histogram
    case summary
    case untyped
}
