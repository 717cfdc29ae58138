public import HTTPTypes
public import Hummingbird

/// One endpoint: its method and path, whether it needs the dashboard key, and what answers it. The server is built
/// from a list of these, so the list is the one place that says what is served and what is protected.
public struct APIRoute: Sendable {
    public typealias Handler = @Sendable (Request, BasicRequestContext) async throws -> Response

    public var method: HTTPRequest.Method
    /// A Hummingbird path pattern (`/api/v2/silence/:id`).
    public var path: String
    public var needsKey: Bool
    public var handler: Handler

    public init(_ method: HTTPRequest.Method, _ path: String, needsKey: Bool = true, handler: @escaping Handler) {
        self.method = method
        self.path = path
        self.needsKey = needsKey
        self.handler = handler
    }

    /// How the route is named in `/metrics` and logs: `GET /api/v1/query`.
    public var name: String { "\(method.rawValue) \(path)" }
}
