import Foundation
public import HTTPTypes

extension DashKey {
    /// Whether a request carries the key, in any of the forms clients can send:
    /// - `X-Dash-Key: KEY`, the dashboard's and the console's own header;
    /// - `Authorization: Bearer KEY`, for clients that only know that form (a Prometheus `authorization` block,
    ///   amtool's `--http.config.file`, Grafana's custom headers);
    /// - `Authorization: Basic` with the key as the password and any user name, for clients that only take a
    ///   URL, such as `promtool query instant http://governor:KEY@127.0.0.1:9097 'up'`.
    public func admits(_ headers: HTTPFields) -> Bool {
        if let header = headers[HTTPField.Name("X-Dash-Key")!] {
            return matches(header.utf8)
        }
        guard let header = headers[.authorization] else { return false }
        if header.hasPrefix("Bearer ") {
            return matches(header.utf8.dropFirst(7))
        }
        if header.hasPrefix("Basic "), let password = Self.basicPassword(String(header.dropFirst(6))) {
            return matches(password)
        }
        return false
    }

    /// The password of a Basic credential (`base64(user:password)`), or nil when it is not one.
    static func basicPassword(_ encoded: String) -> [UInt8]? {
        guard let decoded = Data(base64Encoded: encoded.trimmingCharacters(in: .whitespaces)),
            let colon = decoded.firstIndex(of: UInt8(ascii: ":"))
        else { return nil }
        return Array(decoded[decoded.index(after: colon)...])
    }
}
