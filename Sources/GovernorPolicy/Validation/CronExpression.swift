/// Checks five-field cron expressions (minute hour day-of-month month day-of-week, UTC) such as `*/15 * * * *`.
enum CronExpression {
    private static let fields: [(name: String, range: ClosedRange<Int>)] = [
        ("minute", 0...59), ("hour", 0...23), ("day of month", 1...31), ("month", 1...12), ("day of week", 0...6),
    ]

    /// nil when valid, otherwise what is wrong.
    static func problem(in expression: String) -> String? {
        let parts = expression.split(separator: " ", omittingEmptySubsequences: true)
        guard parts.count == fields.count else {
            return "cron expression '\(expression)' must have 5 fields (minute hour day-of-month month day-of-week), "
                + "found \(parts.count)"
        }
        for (part, field) in zip(parts, fields) {
            for item in part.split(separator: ",", omittingEmptySubsequences: false) {
                if let problem = problem(inItem: item, field: field) {
                    return "cron expression '\(expression)': \(field.name) field '\(part)': \(problem)"
                }
            }
        }
        return nil
    }

    private static func problem(inItem item: Substring, field: (name: String, range: ClosedRange<Int>)) -> String? {
        let pieces = item.split(separator: "/", omittingEmptySubsequences: false)
        guard pieces.count <= 2 else { return "more than one '/'" }
        if pieces.count == 2 {
            guard let step = Int(pieces[1]), step > 0 else { return "step '\(pieces[1])' must be a positive number" }
            _ = step
        }
        let base = pieces[0]
        if base == "*" { return nil }
        let bounds = base.split(separator: "-", omittingEmptySubsequences: false)
        guard bounds.count <= 2, let low = Int(bounds[0]), let high = Int(bounds.last!) else {
            return "'\(base)' is not a number, a range like 1-5, or '*'"
        }
        for value in [low, high] where !field.range.contains(value) {
            return "\(value) is outside \(field.range.lowerBound)-\(field.range.upperBound)"
        }
        return low <= high ? nil : "range \(low)-\(high) is backwards"
    }
}
