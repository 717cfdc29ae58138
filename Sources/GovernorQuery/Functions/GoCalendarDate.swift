/// A UTC calendar date computed exactly as Go's `time` package does (the pre-1.23 algorithm Prometheus
/// 2.42 was built with), including its wrap-around for seconds far outside any real date, so that even
/// `year(vector(NaN))` gives Prometheus's answer.
struct GoCalendarDate: Equatable {
    var year: Int64
    /// 1...12
    var month: Int
    /// 1...31
    var day: Int
    /// 1...366
    var dayOfYear: Int
    /// 0 is Sunday.
    var weekday: Int
    var hour: Int
    var minute: Int

    private static let secondsPerDay: UInt64 = 86_400
    private static let daysPer400Years: UInt64 = 365 * 400 + 97
    private static let daysPer100Years: UInt64 = 365 * 100 + 24
    private static let daysPer4Years: UInt64 = 365 * 4 + 1
    private static let absoluteZeroYear: Int64 = -292_277_022_399
    private static let unixToInternal: Int64 = 62_135_596_800
    private static let internalToAbsolute: Int64 = 9_223_371_966_579_724_800
    /// Cumulative days before each month in a non-leap year.
    private static let daysBefore = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334, 365]

    /// The date at `unixSeconds`; Go converts the float to whole seconds first.
    init(unixSeconds: Double) {
        self.init(unixSeconds: Self.goInt64(unixSeconds))
    }

    init(unixSeconds: Int64) {
        let absolute = UInt64(bitPattern: unixSeconds &+ (Self.unixToInternal &+ Self.internalToAbsolute))
        var days = absolute / Self.secondsPerDay

        var n = days / Self.daysPer400Years
        var years = 400 * n
        days -= Self.daysPer400Years * n
        // The last year of a 100- or 4-year cycle has one day more, which would count as the next cycle.
        n = days / Self.daysPer100Years
        n -= n >> 2
        years += 100 * n
        days -= Self.daysPer100Years * n
        n = days / Self.daysPer4Years
        years += 4 * n
        days -= Self.daysPer4Years * n
        n = days / 365
        n -= n >> 2
        years += n
        days -= 365 * n

        year = Int64(bitPattern: years) &+ Self.absoluteZeroYear
        dayOfYear = Int(days) + 1

        var dayIndex = Int(days)
        let isLeap = Self.isLeap(year)
        if isLeap && dayIndex == 31 + 29 - 1 {
            month = 2
            day = 29
        } else {
            if isLeap && dayIndex > 31 + 29 - 1 { dayIndex -= 1 }
            var monthIndex = dayIndex / 31
            let end = Self.daysBefore[monthIndex + 1]
            let begin: Int
            if dayIndex >= end {
                monthIndex += 1
                begin = end
            } else {
                begin = Self.daysBefore[monthIndex]
            }
            month = monthIndex + 1
            day = dayIndex - begin + 1
        }

        // The absolute epoch is a Monday.
        let secondsIntoWeek = (absolute &+ Self.secondsPerDay) % (7 * Self.secondsPerDay)
        weekday = Int(secondsIntoWeek / Self.secondsPerDay)
        hour = Int(absolute % Self.secondsPerDay / 3600)
        minute = Int(absolute % 3600 / 60)
    }

    var daysInMonth: Int {
        if month == 2 { return Self.isLeap(year) ? 29 : 28 }
        return Self.daysBefore[month] - Self.daysBefore[month - 1]
    }

    static func isLeap(_ year: Int64) -> Bool {
        year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
    }

    /// Go's float-to-int64 conversion on amd64: NaN and out-of-range values become Int64.min.
    static func goInt64(_ value: Double) -> Int64 {
        guard value.isFinite, value >= -9.223_372_036_854_775_808e18, value < 9.223_372_036_854_775_808e18 else {
            return .min
        }
        return Int64(value)
    }
}
