public import Foundation
public import GovernorQuery

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// Instant queries against a Prometheus-compatible query API (Prometheus, Thanos Query, Mimir,
/// VictoriaMetrics): the scale-out path, where the data stays in the clustered store and Governor evaluates a
/// group's expressions there, as Thanos Ruler does.
///
/// Queries are `POST {base}/api/v1/query` with a form body (`query`, `time`, `timeout`), which every one of those
/// accepts and which keeps long expressions out of URLs. The timeout bounds the whole exchange and is passed on
/// so the backend stops evaluating too.
public struct PrometheusQueryClient: Sendable {
    /// The API's base URL: what comes before `/api/v1/query` (`http://thanos-query:10902`, `http://mimir/prometheus`).
    public let baseURL: URL
    /// Milliseconds a query may take, end to end.
    public let timeout: Int64
    private let client: SourceHTTPClient

    public init(baseURL: URL, timeout: Int64 = 10_000, client: SourceHTTPClient = SourceHTTPClient()) {
        self.baseURL = baseURL
        self.timeout = timeout
        self.client = client
    }

    /// Evaluates `expression` at `time` (milliseconds) on the backend.
    public func query(_ expression: String, at time: Timestamp) async throws(RemoteQueryError) -> Value {
        var request = URLRequest(url: baseURL.appendingPathComponent("api/v1/query"))
        request.httpMethod = "POST"
        request.setValue("application/x-www-form-urlencoded", forHTTPHeaderField: "Content-Type")
        request.setValue("application/json", forHTTPHeaderField: "Accept")
        request.httpBody = Data(
            Self.formBody([
                ("query", expression), ("time", PrometheusTimestampFormat.seconds(time)),
                ("timeout", PrometheusDuration.format(timeout)),
            ]).utf8)
        let response: SourceHTTPClient.Response
        do {
            response = try await client.send(request, timeout: timeout)
        } catch {
            throw .http(error)
        }
        return try QueryResponseDecoder.decode(response.body, status: response.status)
    }

    /// `application/x-www-form-urlencoded`: everything but unreserved characters percent-encoded.
    static func formBody(_ fields: [(String, String)]) -> String {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        return fields.map { name, value in
            "\(name)=\(value.addingPercentEncoding(withAllowedCharacters: allowed) ?? "")"
        }.joined(separator: "&")
    }
}
