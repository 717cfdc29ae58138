import Foundation
import GovernorQuery

/// Times as Go's `time.Time` marshals them to JSON (RFC 3339 with trailing zeros of the fraction dropped),
/// which is what Alertmanager's APIs and webhook payloads use.
enum RFC3339 {
    /// Go's zero time, which Alertmanager sends as the `endsAt` of a firing alert.
    static let zeroTime = "0001-01-01T00:00:00Z"

    static func format(milliseconds: Timestamp) -> String {
        let seconds = milliseconds.floorDivided(by: 1_000)
        let fraction = milliseconds - seconds * 1_000
        let date = Date(timeIntervalSince1970: TimeInterval(seconds))
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
        func pad(_ value: Int?, _ width: Int) -> String {
            let text = String(value ?? 0)
            return String(repeating: "0", count: max(0, width - text.count)) + text
        }
        var text = "\(pad(parts.year, 4))-\(pad(parts.month, 2))-\(pad(parts.day, 2))T"
        text += "\(pad(parts.hour, 2)):\(pad(parts.minute, 2)):\(pad(parts.second, 2))"
        if fraction != 0 {
            var digits = pad(Int(fraction), 3)
            while digits.hasSuffix("0") { digits.removeLast() }
            text += ".\(digits)"
        }
        return text + "Z"
    }
}

extension Int64 {
    fileprivate func floorDivided(by divisor: Int64) -> Int64 {
        let quotient = self / divisor
        return (self % divisor != 0 && (self < 0) != (divisor < 0)) ? quotient - 1 : quotient
    }
}
