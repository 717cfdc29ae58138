/// Prometheus's duration syntax (`model.ParseDuration`): units from largest to smallest, each at most once,
/// e.g. `1h30m`, `500ms`, `2w`, or a bare `0`.
enum PrometheusDuration {
    private static let units: [(suffix: String, milliseconds: Int64)] = [
        ("y", 365 * 24 * 3_600_000), ("w", 7 * 24 * 3_600_000), ("d", 24 * 3_600_000), ("h", 3_600_000),
        ("m", 60_000), ("s", 1_000), ("ms", 1),
    ]

    /// Milliseconds, or nil when `text` is not a valid duration.
    static func milliseconds(_ text: String) -> Int64? {
        if text == "0" { return 0 }
        var rest = Substring(text)
        var total: Int64 = 0
        var nextUnit = 0
        guard !rest.isEmpty else { return nil }
        while !rest.isEmpty {
            let digits = rest.prefix { $0.isASCII && $0.isNumber }
            guard !digits.isEmpty, let value = Int64(digits) else { return nil }
            rest = rest.dropFirst(digits.count)
            let letters = rest.prefix { $0.isASCII && $0.isLetter }
            guard
                let unitIndex = units.indices.first(where: { units[$0].suffix == letters }),
                unitIndex >= nextUnit
            else { return nil }
            rest = rest.dropFirst(letters.count)
            let (product, overflow) = value.multipliedReportingOverflow(by: units[unitIndex].milliseconds)
            guard !overflow else { return nil }
            total += product
            nextUnit = unitIndex + 1
        }
        return total
    }

    static let syntaxHint = "durations look like 30s, 5m, 1h30m or 7d (units: ms, s, m, h, d, w, y)"
}
