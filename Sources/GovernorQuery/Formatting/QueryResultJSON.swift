/// The `data` object of Prometheus's `/api/v1/query` response:
/// `{"resultType":"vector","result":[{"metric":{…},"value":[1435781451.781,"1"]}]}`.
/// Keys come in Prometheus's order and label names are sorted, so the text is stable.
public enum QueryResultJSON {
    public static func data(_ value: Value) -> String {
        let resultType: String
        let result: String
        switch value {
        case .scalar(let number, let timestamp):
            resultType = "scalar"
            result = "[\(plainSeconds(timestamp)),\"\(PrometheusNumberFormat.string(number))\"]"
        case .string(let text, let timestamp):
            resultType = "string"
            result = "[\(plainSeconds(timestamp)),\(JSONText.quoted(text))]"
        case .vector(let samples):
            resultType = "vector"
            let items = samples.map { "{\"metric\":\(metric($0.labels)),\"value\":\(point($0.timestamp, $0.value))}" }
            result = "[" + items.joined(separator: ",") + "]"
        case .matrix(let series):
            resultType = "matrix"
            let items = series.map { one in
                let points = one.points.map { point($0.timestamp, $0.value) }.joined(separator: ",")
                return "{\"metric\":\(metric(one.labels)),\"values\":[\(points)]}"
            }
            result = "[" + items.joined(separator: ",") + "]"
        }
        return "{\"resultType\":\(JSONText.quoted(resultType)),\"result\":\(result)}"
    }

    /// Scalars and strings marshal their time as a plain float (`float64(T)/1000`: `1435781451.5`), unlike the
    /// points of vectors and matrices, which always carry three decimals when they have any.
    private static func plainSeconds(_ timestamp: Timestamp) -> String {
        PrometheusNumberFormat.string(Double(timestamp) / 1000)
    }

    private static func point(_ timestamp: Timestamp, _ value: Double) -> String {
        "[\(PrometheusTimestampFormat.seconds(timestamp)),\"\(PrometheusNumberFormat.string(value))\"]"
    }

    private static func metric(_ labels: Labels) -> String {
        let pairs = labels.pairs.map { "\(JSONText.quoted($0.name)):\(JSONText.quoted($0.value))" }
        return "{" + pairs.joined(separator: ",") + "}"
    }
}
