/// Why a remote instant query gave no value.
public enum RemoteQueryError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The backend answered `"status": "error"`: Prometheus's `errorType` (`bad_data`, `execution`, `timeout`,
    /// `canceled`, `internal`, `unavailable`, `not_found`) and `error`, with the HTTP status it came with.
    case api(errorType: String, message: String, status: Int)
    /// No answer: the connection failed, or the whole exchange outlasted the timeout.
    case http(SourceHTTPError)
    /// An answer that is not the query API's JSON (a proxy's error page, a wrong URL).
    case unexpectedResponse(status: Int, detail: String)

    public var description: String {
        switch self {
        case .api(let errorType, let message, let status): "query failed (\(errorType), HTTP \(status)): \(message)"
        case .http(let error): error.description
        case .unexpectedResponse(let status, let detail): "unexpected answer (HTTP \(status)): \(detail)"
        }
    }

    /// True when the backend or the client gave up in time, as opposed to refusing the query.
    public var isTimeout: Bool {
        switch self {
        case .api(let errorType, _, _): errorType == "timeout"
        case .http(.timeout): true
        default: false
        }
    }
}
