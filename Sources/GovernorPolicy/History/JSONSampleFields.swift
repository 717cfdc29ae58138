import Foundation
import GovernorQuery

/// The pieces JSON histories share: label maps, Unix-second timestamps and values written as numbers or as
/// Prometheus's strings (`"1.5"`, `"NaN"`, `"+Inf"`). Each throws a message naming the offending field.
enum JSONSampleFields {
    static func labels(_ object: Any?, field: String) throws(JSONFieldError) -> Labels {
        guard let map = object as? [String: Any] else {
            throw JSONFieldError("\(field) must be an object of label names to strings")
        }
        var pairs: [String: String] = [:]
        for (name, value) in map {
            guard let text = value as? String else { throw JSONFieldError("\(field).\(name) must be a string") }
            pairs[name] = text
        }
        guard !pairs.isEmpty else { throw JSONFieldError("\(field) must name at least one label") }
        return Labels(pairs)
    }

    /// Unix seconds (fractions allowed, as Prometheus's API writes them) or an RFC 3339 string, to milliseconds.
    static func timestamp(_ object: Any?, field: String) throws(JSONFieldError) -> Timestamp {
        if let number = object as? NSNumber, number.doubleValue.isFinite {
            return Timestamp((number.doubleValue * 1000).rounded())
        }
        if let text = object as? String {
            let formatter = ISO8601DateFormatter()
            formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
            if let date = formatter.date(from: text) { return Timestamp((date.timeIntervalSince1970 * 1000).rounded()) }
            formatter.formatOptions = [.withInternetDateTime]
            if let date = formatter.date(from: text) { return Timestamp((date.timeIntervalSince1970 * 1000).rounded()) }
        }
        throw JSONFieldError("\(field) must be Unix seconds or an RFC 3339 time")
    }

    static func value(_ object: Any?, field: String) throws(JSONFieldError) -> Double {
        if let number = object as? NSNumber { return number.doubleValue }
        if let text = object as? String, let value = parse(text) { return value }
        throw JSONFieldError("\(field) must be a number or a string holding one (\"NaN\", \"+Inf\" allowed)")
    }

    private static func parse(_ text: String) -> Double? {
        switch text {
        case "NaN": .nan
        case "+Inf", "Inf": .infinity
        case "-Inf": -.infinity
        default: Double(text)
        }
    }
}

/// A JSON field with the wrong shape; the reader adds the position.
struct JSONFieldError: Error {
    var message: String

    init(_ message: String) { self.message = message }
}
