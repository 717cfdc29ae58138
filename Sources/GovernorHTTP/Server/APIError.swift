public import HTTPTypes

/// A request that cannot be answered, with the status and, in Prometheus's words, the `errorType`
/// (`bad_data`, `execution`, `timeout`, `not_found`, `unauthorized`…). Each API renders it in its own shape.
public struct APIError: Error, Sendable {
    public var status: HTTPResponse.Status
    public var errorType: String
    public var message: String

    public init(_ status: HTTPResponse.Status, _ errorType: String, _ message: String) {
        self.status = status
        self.errorType = errorType
        self.message = message
    }

    public static func badData(_ message: String) -> APIError { APIError(.badRequest, "bad_data", message) }
}
