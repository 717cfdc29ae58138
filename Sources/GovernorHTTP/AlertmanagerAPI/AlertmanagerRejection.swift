import HTTPTypes
import Hummingbird

/// A request Alertmanager's API would refuse, as the answer it would give; handlers throw it and the route table
/// turns it into the response, since `APIServer` renders other errors in Prometheus's envelope.
enum AlertmanagerRejection: Error {
    /// A handler's error: a JSON string body.
    case message(String, HTTPResponse.Status)
    /// A binding or validation error: `{"code":…,"message":…}`.
    case validation(code: Int, String)
    /// No body at all (an unknown silence id).
    case empty(HTTPResponse.Status)

    var response: Response {
        switch self {
        case .message(let text, let status): AlertmanagerReply.message(text, status: status)
        case .validation(let code, let text): AlertmanagerReply.validation(code: code, text)
        case .empty(let status): AlertmanagerReply.empty(status)
        }
    }
}
