/// A query result as lines of text for a terminal: `{job="api"} 3` per sample, a bare value for a
/// scalar, and for a range vector each series followed by its `value @timestamp` points.
public enum QueryResultText {
    /// - Parameter keepingOrder: true when the order is the point of the query (`sort`, `sort_desc`);
    ///   otherwise samples are listed by label set, in Prometheus's label order.
    public static func lines(_ value: Value, keepingOrder: Bool = false) -> [String] {
        switch value {
        case .scalar(let number, _):
            return [PrometheusNumberFormat.string(number)]
        case .string(let text, _):
            return [text]
        case .vector(let samples):
            let ordered = keepingOrder ? samples : samples.sorted { $0.labels < $1.labels }
            return ordered.map { "\($0.labels) \(PrometheusNumberFormat.string($0.value))" }
        case .matrix(let series):
            return series.sorted { $0.labels < $1.labels }.flatMap { one in
                ["\(one.labels)"]
                    + one.points.map {
                        "  \(PrometheusNumberFormat.string($0.value)) @\(PrometheusTimestampFormat.seconds($0.timestamp))"
                    }
            }
        }
    }
}
