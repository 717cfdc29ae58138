/// Prometheus durations (`1h30m`, `5m`, `90d`), in milliseconds.
public enum PrometheusDuration {
    /// What a user is shown when a duration does not parse.
    public static let syntaxHint = "durations look like 30s, 5m, 1h30m or 7d (units: ms, s, m, h, d, w, y)"

    /// Units in the only order Prometheus accepts them, with their length in milliseconds.
    private static let units: [(symbol: String, milliseconds: Int64)] = [
        ("y", 365 * 24 * 3_600_000), ("w", 7 * 24 * 3_600_000), ("d", 24 * 3_600_000), ("h", 3_600_000),
        ("m", 60_000), ("s", 1_000), ("ms", 1),
    ]

    /// Go's `time.Duration` counts nanoseconds in an Int64, which bounds every Prometheus duration.
    private static let maximumMilliseconds = Int64.max / 1_000_000

    /// The duration in milliseconds, or nil when `text` is not a valid duration.
    public static func parse(_ text: String) -> Int64? {
        try? milliseconds(text)
    }

    /// Like `parse`, with Prometheus's reason when the text is not valid.
    public static func milliseconds(_ text: String) throws(DurationError) -> Int64 {
        if text == "0" { return 0 }
        if text.isEmpty { throw DurationError(message: "empty duration string") }
        // Built only on failure: quoting the text for the message cost more than parsing it, in every rule's `for:`.
        var invalid: DurationError { DurationError(message: "not a valid duration string: \(goQuoted(text))") }
        var rest = Substring(text)
        var total: Int64 = 0
        var nextUnit = 0
        while !rest.isEmpty {
            let digits = rest.prefix { $0.isASCII && $0.isNumber }
            guard !digits.isEmpty else { throw invalid }
            rest = rest.dropFirst(digits.count)
            // `ms` must win over `m` followed by something else.
            guard
                let unitIndex = units.indices.dropFirst(nextUnit).first(where: { index in
                    rest.hasPrefix(units[index].symbol)
                        && !(units[index].symbol == "m" && rest.hasPrefix("ms"))
                })
            else { throw invalid }
            rest = rest.dropFirst(units[unitIndex].symbol.count)
            nextUnit = unitIndex + 1
            let multiplier = units[unitIndex].milliseconds
            guard let count = Int64(digits), count <= maximumMilliseconds / multiplier else {
                throw DurationError(message: "duration out of range")
            }
            total += count * multiplier
            guard total <= maximumMilliseconds else { throw DurationError(message: "duration out of range") }
        }
        return total
    }

    /// Prometheus's canonical spelling: `1h30m`, `90d`, `2w`, `0s`. Years and weeks only when exact.
    public static func format(_ milliseconds: Int64) -> String {
        if milliseconds == 0 { return "0s" }
        var remaining = milliseconds.magnitude
        var text = milliseconds < 0 ? "-" : ""
        for (symbol, length) in units {
            let unit = UInt64(length)
            if (symbol == "y" || symbol == "w") && remaining % unit != 0 { continue }
            let count = remaining / unit
            if count > 0 {
                text += "\(count)\(symbol)"
                remaining -= count * unit
            }
        }
        return text
    }
}

/// Why a duration string was rejected.
public struct DurationError: Error, Sendable, Hashable {
    public var message: String

    public init(message: String) { self.message = message }
}
