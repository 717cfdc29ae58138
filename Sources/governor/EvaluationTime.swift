import Foundation
import GovernorPromQLTest
import GovernorQuery

/// The `--at` of `governor eval`: a duration after the epoch as in promqltest scripts (`10m`,
/// `1h30m`), Unix seconds (`1700000000`, `1700000000.5`), or an RFC 3339 time
/// (`2023-11-14T22:13:20Z`).
enum EvaluationTime {
    static func parse(_ text: String) -> Timestamp? {
        if let milliseconds = PrometheusDuration.parse(text) { return milliseconds }
        if let milliseconds = unixMilliseconds(text) { return milliseconds }
        return rfc3339Milliseconds(text)
    }

    /// Reads decimal seconds without going through a double, so `1700000000.781` is exact;
    /// digits past the millisecond are rounded.
    private static func unixMilliseconds(_ text: String) -> Timestamp? {
        var body = Substring(text)
        let negative = body.first == "-"
        if negative { body = body.dropFirst() }
        let parts = body.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        guard let wholeText = parts.first, !wholeText.isEmpty, wholeText.allSatisfy(\.isASCIIDigit) else { return nil }
        var fraction = parts.count == 2 ? parts[1] : ""
        guard fraction.allSatisfy(\.isASCIIDigit), parts.count == 1 || !fraction.isEmpty else { return nil }
        let roundUp = fraction.count > 3 && fraction[fraction.index(fraction.startIndex, offsetBy: 3)] >= "5"
        fraction = fraction.prefix(3)
        let milliseconds = Int64(fraction + String(repeating: "0", count: 3 - fraction.count)) ?? 0
        guard let whole = Int64(wholeText) else { return nil }
        let (scaled, overflow) = whole.multipliedReportingOverflow(by: 1000)
        guard !overflow else { return nil }
        let magnitude = scaled + milliseconds + (roundUp ? 1 : 0)
        return negative ? -magnitude : magnitude
    }

    private static func rfc3339Milliseconds(_ text: String) -> Timestamp? {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        if let date = formatter.date(from: text) { return Timestamp((date.timeIntervalSince1970 * 1000).rounded()) }
        formatter.formatOptions = [.withInternetDateTime]
        if let date = formatter.date(from: text) { return Timestamp((date.timeIntervalSince1970 * 1000).rounded()) }
        return nil
    }
}

extension Character {
    fileprivate var isASCIIDigit: Bool { isASCII && isNumber }
}
