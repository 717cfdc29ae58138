import GovernorSeriesText

/// Why one scrape of one target produced nothing: the message Prometheus would show on its targets page.
enum ScrapeFailure: Error, Sendable, CustomStringConvertible {
    case invalidURL(String)
    case http(SourceHTTPError)
    case status(Int)
    case exposition(NotationError)

    var description: String {
        switch self {
        case .invalidURL(let text): "invalid target URL \(text)"
        case .http(let error): error.description
        case .status(let status): "server returned HTTP status \(status)"
        case .exposition(let error):
            "invalid exposition at line \(error.line), column \(error.column): \(error.message)"
        }
    }
}
