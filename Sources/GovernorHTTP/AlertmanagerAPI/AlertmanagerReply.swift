import Foundation
import GovernorQuery
import HTTPTypes
import Hummingbird

/// The three ways Alertmanager's API answers besides a payload: a handler's error is a JSON string (`"silence not
/// found"`); a request that fails go-openapi's binding is `{"code":602,"message":"…"}`, with 422 for validation
/// codes (600 and up) and the code itself otherwise; and some answers (a 404 for an unknown id) have no body at all.
enum AlertmanagerReply {
    static func message(_ text: String, status: HTTPResponse.Status) -> Response {
        JSONResponse.raw(JSONText.quoted(text), status: status)
    }

    static func validation(code: Int, _ text: String) -> Response {
        let status: HTTPResponse.Status = code >= 600 ? .unprocessableContent : .init(code: code)
        return JSONResponse.raw("{\"code\":\(code),\"message\":\(JSONText.quoted(text))}", status: status)
    }

    static func empty(_ status: HTTPResponse.Status) -> Response {
        Response(status: status)
    }

    /// go-openapi's error codes (`errors.InvalidTypeCode`, `RequiredFailCode`, `MinItemsFailCode`).
    static let invalidTypeCode = 601
    static let requiredCode = 602
    static let minimumItemsCode = 612
}
