/// One of a cron expression's five fields, as the set of values it allows.
struct CronField: Hashable, Sendable {
    enum Kind: Int, CaseIterable, Sendable {
        case minute, hour, dayOfMonth, month, dayOfWeek

        var label: String {
            switch self {
            case .minute: "minute"
            case .hour: "hour"
            case .dayOfMonth: "day-of-month"
            case .month: "month"
            case .dayOfWeek: "day-of-week"
            }
        }

        /// Day of week accepts 7 as a second spelling of Sunday, as Vixie cron does.
        var bounds: ClosedRange<Int> {
            switch self {
            case .minute: 0...59
            case .hour: 0...23
            case .dayOfMonth: 1...31
            case .month: 1...12
            case .dayOfWeek: 0...7
            }
        }

        var names: [String] {
            switch self {
            case .month: ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]
            case .dayOfWeek: ["SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT"]
            default: []
            }
        }

        /// The number the first name stands for.
        var firstNameValue: Int { self == .month ? 1 : 0 }
    }

    let kind: Kind
    let values: Set<Int>
    /// Written as `*` (possibly with a step): matters for the day-of-month/day-of-week rule.
    let isWildcard: Bool

    func contains(_ value: Int) -> Bool { values.contains(value) }

    /// Parses `*`, `*/15`, `5`, `1-5`, `1-5/2`, `10/5`, names (`MON-FRI`, `JAN`) and comma lists of those.
    init(_ text: String, kind: Kind) throws(CronError) {
        self.kind = kind
        var values = Set<Int>()
        var wildcard = false
        for item in text.split(separator: ",", omittingEmptySubsequences: false) {
            guard !item.isEmpty else { throw CronError("\(kind.label) field '\(text)' has an empty list item") }
            let parts = item.split(separator: "/", omittingEmptySubsequences: false)
            guard parts.count <= 2 else { throw CronError("\(kind.label) field '\(item)' has more than one '/'") }
            var step = 1
            if parts.count == 2 {
                guard let parsed = Int(parts[1]), parsed > 0 else {
                    throw CronError("\(kind.label) field '\(item)': step '\(parts[1])' must be a positive number")
                }
                step = parsed
            }
            let range: ClosedRange<Int>
            if parts[0] == "*" {
                wildcard = true
                range = kind.bounds
            } else {
                let ends = parts[0].split(separator: "-", omittingEmptySubsequences: false)
                guard ends.count <= 2 else { throw CronError("\(kind.label) field '\(item)' is not a valid range") }
                let low = try Self.value(ends[0], kind: kind)
                let high =
                    ends.count == 2
                    ? try Self.value(ends[1], kind: kind) : (parts.count == 2 ? kind.bounds.upperBound : low)
                guard low <= high else {
                    throw CronError("\(kind.label) field '\(item)': range start \(low) is after its end \(high)")
                }
                range = low...high
            }
            values.formUnion(stride(from: range.lowerBound, through: range.upperBound, by: step))
        }
        if kind == .dayOfWeek && values.remove(7) != nil { values.insert(0) }
        self.values = values
        isWildcard = wildcard
    }

    private static func value(_ text: Substring, kind: Kind) throws(CronError) -> Int {
        if let number = Int(text) {
            guard kind.bounds.contains(number) else {
                throw CronError(
                    "\(kind.label) value \(number) is out of range \(kind.bounds.lowerBound)-\(kind.bounds.upperBound)")
            }
            return number
        }
        if let index = kind.names.firstIndex(of: text.uppercased()) { return index + kind.firstNameValue }
        if kind.names.isEmpty {
            throw CronError("\(kind.label) value '\(text)' is not a number")
        }
        throw CronError(
            "\(kind.label) value '\(text)' is not a number or one of \(kind.names.joined(separator: ", "))")
    }
}
