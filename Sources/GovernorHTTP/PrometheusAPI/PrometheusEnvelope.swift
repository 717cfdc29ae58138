import GovernorQuery
import Hummingbird

/// Prometheus's response envelope, `{"status":"success","data":…}`; errors go through `JSONResponse.error`, whose
/// envelope is already Prometheus's. The status code of an error follows its `errorType` as in Prometheus.
enum PrometheusEnvelope {
    /// `data` is JSON text already.
    static func success(_ data: String) -> Response {
        JSONResponse.raw("{\"status\":\"success\",\"data\":\(data)}")
    }

    /// A JSON array of strings.
    static func strings(_ values: [String]) -> String {
        "[" + values.map(JSONText.quoted).joined(separator: ",") + "]"
    }

    /// A JSON object of labels, names sorted, as Go marshals `labels.Labels`.
    static func labels(_ labels: Labels) -> String {
        "{" + labels.pairs.map { "\(JSONText.quoted($0.name)):\(JSONText.quoted($0.value))" }.joined(separator: ",")
            + "}"
    }

    /// Prometheus's `execution` error (422): the query was fine, evaluating it failed.
    static func execution(_ message: String) -> APIError {
        APIError(.unprocessableContent, "execution", message)
    }

    /// Prometheus's `timeout` error (503), worded as its `ErrQueryTimeout`.
    static func timeout(in stage: String) -> APIError {
        APIError(.serviceUnavailable, "timeout", "query timed out in \(stage)")
    }
}
