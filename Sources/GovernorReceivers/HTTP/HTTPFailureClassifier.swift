public import Foundation
public import GovernorEngine

/// Decides whether an HTTP outcome is worth retrying: 5xx, 408 and 429 are; other 4xx are not, because sending
/// the same request again will be refused again. A pure function of the response and the time.
public enum HTTPFailureClassifier {
    /// nil for a success (2xx); otherwise the error, with the wait the receiver asked for.
    public static func error(for response: HTTPResponse, target: String, now: Date) -> NotifierError? {
        guard !(200..<300).contains(response.status) else { return nil }
        let excerpt = String(decoding: response.body.prefix(300), as: UTF8.self)
            .trimmingCharacters(in: .whitespacesAndNewlines)
        let message = "\(target) answered HTTP \(response.status)" + (excerpt.isEmpty ? "" : ": \(excerpt)")
        let retryable = response.status == 408 || response.status == 429 || (500..<600).contains(response.status)
        let retryAfter =
            retryable ? response.header("Retry-After").flatMap { retryAfterMilliseconds($0, now: now) } : nil
        return NotifierError(message, retryable: retryable, retryAfter: retryAfter)
    }

    /// `Retry-After` is either delay-seconds or an HTTP-date (RFC 9110 §10.2.3).
    public static func retryAfterMilliseconds(_ value: String, now: Date) -> Int64? {
        let trimmed = value.trimmingCharacters(in: .whitespaces)
        if let seconds = Int64(trimmed), seconds >= 0 { return seconds * 1_000 }
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "GMT")
        formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss zzz"
        guard let date = formatter.date(from: trimmed) else { return nil }
        return max(0, Int64((date.timeIntervalSince(now) * 1_000).rounded(.up)))
    }

    /// Transport failures: the ones a later attempt can get past are retryable.
    public static func error(for urlError: URLError, target: String) -> NotifierError {
        switch urlError.code {
        case .timedOut:
            NotifierError("\(target) timed out", retryable: true)
        case .networkConnectionLost, .cannotConnectToHost, .notConnectedToInternet, .badServerResponse,
            .cannotFindHost, .dnsLookupFailed, .zeroByteResource, .cannotParseResponse, .secureConnectionFailed:
            NotifierError("\(target) failed: connection problem (\(description(urlError.code)))", retryable: true)
        default:
            NotifierError("\(target) failed: \(description(urlError.code))", retryable: false)
        }
    }

    private static func description(_ code: URLError.Code) -> String {
        switch code {
        case .networkConnectionLost: "connection closed"
        case .cannotConnectToHost: "cannot connect"
        case .badServerResponse: "bad server response"
        case .zeroByteResource: "empty response"
        case .unsupportedURL: "unsupported URL"
        case .badURL: "bad URL"
        default: "URL error \(code.rawValue)"
        }
    }
}
