import GovernorQuery

/// Prometheus's duration text (`model.ParseDuration`): units from years down to milliseconds,
/// each at most once and in that order, e.g. `1h30m`, `5m`, `10s`, `1ms`, or a bare `0`.
public enum PrometheusDuration {
    private static let units: [(suffix: String, milliseconds: Int64)] = [
        ("y", 365 * 24 * 3_600_000), ("w", 7 * 24 * 3_600_000), ("d", 24 * 3_600_000),
        ("h", 3_600_000), ("m", 60_000), ("s", 1_000), ("ms", 1),
    ]

    /// The duration in milliseconds, or a message saying why the text is not a duration.
    public static func milliseconds(_ text: String) -> Result<Int64, DurationError> {
        if text == "0" { return .success(0) }
        if text.isEmpty { return .failure(DurationError(message: "empty duration string")) }
        var rest = Substring(text)
        var total: Int64 = 0
        var nextUnit = 0
        while !rest.isEmpty {
            let digits = rest.prefix { $0.isASCII && $0.isNumber }
            rest = rest.dropFirst(digits.count)
            // "ms" must be tried before "m", so look for the longest unit that matches here.
            let match = units.indices.filter { $0 >= nextUnit && rest.hasPrefix(units[$0].suffix) }
                .max { units[$0].suffix.count < units[$1].suffix.count }
            guard !digits.isEmpty, let unit = match, let count = Int64(digits) else {
                return .failure(DurationError(message: "not a valid duration string: \(goQuoted(text))"))
            }
            let (product, overflowProduct) = count.multipliedReportingOverflow(by: units[unit].milliseconds)
            let (sum, overflowSum) = total.addingReportingOverflow(product)
            if overflowProduct || overflowSum {
                return .failure(DurationError(message: "duration out of range: \(goQuoted(text))"))
            }
            total = sum
            rest = rest.dropFirst(units[unit].suffix.count)
            nextUnit = unit + 1
        }
        return .success(total)
    }
}

public struct DurationError: Error, Sendable, Hashable {
    public init(message: String) { self.message = message }

    public var message: String
}

/// Quotes text the way Go's `%q` does, which is how Prometheus's messages show offending input.
func goQuoted(_ text: String) -> String {
    quotedLabelValue(text)
}
