/// Targets and thresholds written as `99.9%`, `99.9` or `0.999`.
enum Percentage {
    /// The value as a fraction of 1: `99.9%`, `99.9` and `0.999` all give 0.999. Numbers above 1 are percentages.
    static func fraction(_ text: String) -> Double? {
        guard let percent = percent(text) else { return nil }
        return percent / 100
    }

    /// The value in percent: `10%` and `10` give 10; `0.1` (a fraction, at most 1) gives 10 only when
    /// `fractionsAllowed`, since an "alert above 0.5" percent is ambiguous otherwise.
    static func percent(_ text: String, fractionsAllowed: Bool = true) -> Double? {
        let trimmed = text.trimmingWhitespace
        if trimmed.hasSuffix("%") {
            return Double(trimmed.dropLast().trimmingWhitespace).flatMap { $0.isFinite ? $0 : nil }
        }
        guard let number = Double(trimmed), number.isFinite else { return nil }
        return fractionsAllowed && number <= 1 && number >= 0 ? number * 100 : number
    }
}

extension StringProtocol {
    var trimmingWhitespace: String {
        let isBlank: (Character) -> Bool = { $0 == " " || $0 == "\t" }
        guard let first = firstIndex(where: { !isBlank($0) }), let last = lastIndex(where: { !isBlank($0) }) else {
            return ""
        }
        return String(self[first...last])
    }
}
