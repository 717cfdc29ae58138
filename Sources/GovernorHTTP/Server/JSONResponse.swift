import Foundation
import GovernorQuery
public import Hummingbird

/// Responses with a JSON body.
public enum JSONResponse {
    /// `text` is already JSON.
    public static func raw(_ text: String, status: HTTPResponse.Status = .ok) -> Response {
        var headers = HTTPFields()
        headers[.contentType] = "application/json"
        return Response(status: status, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(string: text)))
    }

    public static func encode(_ value: some Encodable, status: HTTPResponse.Status = .ok) throws -> Response {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let data = try encoder.encode(value)
        return raw(String(decoding: data, as: UTF8.self), status: status)
    }

    /// Prometheus's error envelope, which the Alertmanager-style and Governor's own endpoints share too.
    public static func error(_ error: APIError) -> Response {
        raw(
            "{\"status\":\"error\",\"errorType\":\(JSONText.quoted(error.errorType)),\"error\":\(JSONText.quoted(error.message))}",
            status: error.status)
    }
}
