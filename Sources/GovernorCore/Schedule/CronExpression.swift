public import GovernorQuery

/// A five-field cron expression (minute, hour, day of month, month, day of week), evaluated in UTC.
///
/// As in Vixie cron, when both day fields are restricted a day matches if either does
/// (`0 0 1 * MON` fires on the 1st and on every Monday).
public struct CronExpression: Hashable, Sendable, CustomStringConvertible {
    public let text: String
    let minute: CronField
    let hour: CronField
    let dayOfMonth: CronField
    let month: CronField
    let dayOfWeek: CronField

    public init(_ text: String) throws(CronError) {
        self.text = text
        let fields = text.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
        guard fields.count == 5 else {
            throw CronError(
                "cron expression '\(text)' must have 5 fields (minute hour day-of-month month day-of-week), "
                    + "got \(fields.count)")
        }
        minute = try CronField(fields[0], kind: .minute)
        hour = try CronField(fields[1], kind: .hour)
        dayOfMonth = try CronField(fields[2], kind: .dayOfMonth)
        month = try CronField(fields[3], kind: .month)
        dayOfWeek = try CronField(fields[4], kind: .dayOfWeek)
        // With only the day of month restricted, some months may never have such a day (`0 0 31 2 *`).
        if dayOfWeek.isWildcard || dayOfMonth.isWildcard {
            let longestMonth = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
            let possible = month.values.contains { month in dayOfMonth.values.contains { $0 <= longestMonth[month - 1] }
            }
            guard possible else {
                throw CronError("cron expression '\(text)' never fires: no such day in those months")
            }
        }
    }

    public var description: String { text }

    private static let minuteLength: Int64 = 60_000
    private static let dayLength: Int64 = 86_400_000

    /// The first firing strictly after `time`, in milliseconds since the epoch (UTC).
    public func nextFireTime(after time: Timestamp) -> Timestamp {
        // Firings are on whole minutes; start at the first whole minute after `time`.
        let startMinute = floorDivide(time, Self.minuteLength) + 1
        var day = Int(floorDivide(startMinute * Self.minuteLength, Self.dayLength))
        var minuteOfDay = Int(startMinute - Int64(day) * (Self.dayLength / Self.minuteLength))
        // Any valid expression fires within 8 years (February 29th can skip one leap year).
        for _ in 0..<(366 * 9) {
            if matches(day: day), let found = firstMinute(onOrAfter: minuteOfDay) {
                return Int64(day) * Self.dayLength + Int64(found) * Self.minuteLength
            }
            day += 1
            minuteOfDay = 0
        }
        // Unreachable for expressions `init` accepted.
        return Timestamp.max
    }

    private func matches(day: Int) -> Bool {
        let date = CivilDate(daysSinceEpoch: day)
        guard month.contains(date.month) else { return false }
        let byMonthDay = dayOfMonth.contains(date.day)
        let byWeekday = dayOfWeek.contains(CivilDate.weekday(daysSinceEpoch: day))
        if dayOfMonth.isWildcard || dayOfWeek.isWildcard { return byMonthDay && byWeekday }
        return byMonthDay || byWeekday
    }

    private func firstMinute(onOrAfter start: Int) -> Int? {
        for candidate in start..<1440 where hour.contains(candidate / 60) && minute.contains(candidate % 60) {
            return candidate
        }
        return nil
    }

    private func floorDivide(_ value: Int64, _ divisor: Int64) -> Int64 {
        let quotient = value / divisor
        return (value % divisor != 0 && value < 0) ? quotient - 1 : quotient
    }
}
