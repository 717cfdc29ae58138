/// A time-interval field that cannot be read, with Alertmanager's reason.
public struct TimeIntervalSyntaxError: Error, Hashable, Sendable, CustomStringConvertible {
    public var message: String

    public init(_ message: String) { self.message = message }

    public var description: String { message }
}

/// Reads the textual fields of a time interval (`timeinterval.go`): `HH:MM` times, and `begin:end` ranges of
/// weekdays, days of the month, months and years, where a single value is a range of one.
public enum TimeIntervalSyntax {
    private static let weekdayNames = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"]
    private static let monthNames = [
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
        "november", "december",
    ]

    /// `start_time` and `end_time` as minutes of the day; the start must come before the end.
    public static func timeRange(start: String, end: String) throws(TimeIntervalSyntaxError) -> Range<Int> {
        let first = try minuteOfDay(start)
        let last = try minuteOfDay(end)
        guard first < last else { throw TimeIntervalSyntaxError("start time cannot be equal or greater than end time") }
        return first..<last
    }

    /// `HH:MM` from 00:00 to 23:59, or 24:00 for the end of the day.
    public static func minuteOfDay(_ text: String) throws(TimeIntervalSyntaxError) -> Int {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2, parts.allSatisfy({ $0.count == 2 && $0.allSatisfy(\.isASCII) }),
            let hour = Int(parts[0]), let minute = Int(parts[1]),
            (0...23).contains(hour) && (0...59).contains(minute) || (hour == 24 && minute == 0)
        else { throw TimeIntervalSyntaxError("couldn't parse timestamp \(text), invalid format") }
        return hour * 60 + minute
    }

    public static func weekdays(_ text: String) throws(TimeIntervalSyntaxError) -> ClosedRange<Int> {
        let (begin, end) = try bounds(text) { weekdayNames.firstIndex(of: $0) }
        guard begin <= end else { throw TimeIntervalSyntaxError("start day cannot be before end day") }
        return begin...end
    }

    public static func daysOfMonth(_ text: String) throws(TimeIntervalSyntaxError) -> DayOfMonthRange {
        let (begin, end) = try bounds(text) { Int($0) }
        for day in [begin, end] where day == 0 || day < -31 || day > 31 {
            throw TimeIntervalSyntaxError("\(day) is not a valid day of the month: out of range")
        }
        if begin < 0 && end > 0 { throw TimeIntervalSyntaxError("end day must be negative if start day is negative") }
        // Negative days depend on the month; compare them in the shortest month to catch ranges that are always empty.
        let checkBegin = begin < 0 ? 28 + begin : begin
        let checkEnd = end < 0 ? 28 + end : end
        guard checkBegin <= checkEnd else {
            throw TimeIntervalSyntaxError("end day \(end) is always before start day \(begin)")
        }
        return DayOfMonthRange(begin: begin, end: end)
    }

    public static func months(_ text: String) throws(TimeIntervalSyntaxError) -> ClosedRange<Int> {
        let (begin, end) = try bounds(text) { name in
            monthNames.firstIndex(of: name).map { $0 + 1 } ?? Int(name).flatMap { (1...12).contains($0) ? $0 : nil }
        }
        guard begin <= end else {
            throw TimeIntervalSyntaxError(
                "end month \(monthNames[end - 1]) is before start month \(monthNames[begin - 1])")
        }
        return begin...end
    }

    public static func years(_ text: String) throws(TimeIntervalSyntaxError) -> ClosedRange<Int> {
        let (begin, end) = try bounds(text) { Int($0).flatMap { $0 > 0 ? $0 : nil } }
        guard begin <= end else { throw TimeIntervalSyntaxError("end year \(end) is before start year \(begin)") }
        return begin...end
    }

    /// `a:b` or `a`, lowercased; a negative number's minus sign is not a separator.
    private static func bounds(
        _ text: String, member: (String) -> Int?
    ) throws(TimeIntervalSyntaxError) -> (Int, Int) {
        let lowered = text.lowercased()
        let parts = lowered.split(separator: ":", omittingEmptySubsequences: false).map(String.init)
        guard parts.count == 1 || parts.count == 2 else {
            throw TimeIntervalSyntaxError("invalid range \(text): write begin:end or a single value")
        }
        var values: [Int] = []
        for part in parts {
            guard let value = member(part) else {
                throw TimeIntervalSyntaxError("\(part) is not a valid value in \(text)")
            }
            values.append(value)
        }
        return (values[0], values[values.count - 1])
    }
}
