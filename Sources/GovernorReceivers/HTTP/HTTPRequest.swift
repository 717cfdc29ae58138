public import Foundation

/// One outbound request, with a description that is safe to print: the URL of a Telegram request holds the bot
/// token, so errors name `target` and never the URL.
public struct HTTPRequest: Sendable {
    public var url: URL
    public var method: String
    public var headers: [String: String]
    public var body: Data
    /// e.g. `telegram sendMessage`; what errors say they were talking to.
    public var target: String

    public init(url: URL, method: String = "POST", headers: [String: String] = [:], body: Data, target: String) {
        self.url = url
        self.method = method
        self.headers = headers
        self.body = body
        self.target = target
    }
}

public struct HTTPResponse: Sendable {
    public var status: Int
    public var headers: [String: String]
    public var body: Data

    public init(status: Int, headers: [String: String], body: Data) {
        self.status = status
        self.headers = headers
        self.body = body
    }

    /// A header by case-insensitive name, as HTTP defines them.
    public func header(_ name: String) -> String? {
        headers.first { $0.key.caseInsensitiveCompare(name) == .orderedSame }?.value
    }
}
