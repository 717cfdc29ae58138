/// A recurring window of time (`time_intervals` in Alertmanager): an instant is inside when it satisfies every
/// field that is set, and for each such field, at least one of its ranges.
///
/// Only UTC is supported: a `location` other than UTC is rejected when the file is loaded, because the pure core
/// carries no time-zone database.
public struct TimeInterval: Hashable, Sendable {
    /// Minutes of the day, start inclusive and end exclusive (`17:00`–`24:00` is 1020..<1440).
    public var times: [Range<Int>]
    /// 0 is Sunday, inclusive ranges.
    public var weekdays: [ClosedRange<Int>]
    /// Days of the month; negative days count from the end (-1 is the last day).
    public var daysOfMonth: [DayOfMonthRange]
    /// 1 is January, inclusive ranges.
    public var months: [ClosedRange<Int>]
    public var years: [ClosedRange<Int>]

    public init(
        times: [Range<Int>] = [], weekdays: [ClosedRange<Int>] = [], daysOfMonth: [DayOfMonthRange] = [],
        months: [ClosedRange<Int>] = [], years: [ClosedRange<Int>] = []
    ) {
        self.times = times
        self.weekdays = weekdays
        self.daysOfMonth = daysOfMonth
        self.months = months
        self.years = years
    }

    /// Whether the instant (milliseconds since the Unix epoch) is inside the interval, read in UTC.
    public func contains(_ timestamp: Int64) -> Bool {
        let millisecondsPerDay: Int64 = 86_400_000
        let days = Int(timestamp >= 0 ? timestamp / millisecondsPerDay : (timestamp + 1) / millisecondsPerDay - 1)
        let minuteOfDay = Int((timestamp - Int64(days) * millisecondsPerDay) / 60_000)
        let date = CivilDate(daysSinceEpoch: days)
        if !times.isEmpty, !times.contains(where: { $0.contains(minuteOfDay) }) { return false }
        if !daysOfMonth.isEmpty {
            let length = Self.daysInMonth(year: date.year, month: date.month)
            guard daysOfMonth.contains(where: { $0.contains(day: date.day, daysInMonth: length) }) else {
                return false
            }
        }
        if !months.isEmpty, !months.contains(where: { $0.contains(date.month) }) { return false }
        let weekday = CivilDate.weekday(daysSinceEpoch: days)
        if !weekdays.isEmpty, !weekdays.contains(where: { $0.contains(weekday) }) { return false }
        if !years.isEmpty, !years.contains(where: { $0.contains(date.year) }) { return false }
        return true
    }

    static func daysInMonth(year: Int, month: Int) -> Int {
        let first = CivilDate(year: year, month: month, day: 1).daysSinceEpoch
        let next =
            month == 12 ? CivilDate(year: year + 1, month: 1, day: 1) : CivilDate(year: year, month: month + 1, day: 1)
        return next.daysSinceEpoch - first
    }
}

/// A range of days of the month whose ends may be negative (counted back from the month's last day).
public struct DayOfMonthRange: Hashable, Sendable {
    public var begin: Int
    public var end: Int

    public init(begin: Int, end: Int) {
        self.begin = begin
        self.end = end
    }

    /// Alertmanager resolves negative ends for the month at hand, skips a range starting after the month ends,
    /// and clamps the rest to the month, so `28:31` in February means the 28th and 29th.
    func contains(day: Int, daysInMonth: Int) -> Bool {
        let first = begin < 0 ? daysInMonth + begin + 1 : begin
        let last = end < 0 ? daysInMonth + end + 1 : end
        guard first <= daysInMonth else { return false }
        let clamp = { (value: Int) in Swift.min(Swift.max(value, -daysInMonth), daysInMonth) }
        return day >= clamp(first) && day <= clamp(last)
    }
}
