import GovernorCore
import Testing

@Suite struct CronExpressionTests {
    /// 2024-01-01T00:00:00Z, a Monday.
    static let newYear2024: Int64 = 1_704_067_200_000
    static let minute: Int64 = 60_000
    static let hour: Int64 = 3_600_000
    static let day: Int64 = 86_400_000

    @Test(arguments: [
        // Every 15 minutes, from 00:00 exactly: the next is 00:15.
        ("*/15 * * * *", newYear2024, newYear2024 + 15 * minute),
        ("*/15 * * * *", newYear2024 + 16 * minute, newYear2024 + 30 * minute),
        // 09:30 on weekdays: Monday 2024-01-01 09:30.
        ("30 9 * * MON-FRI", newYear2024, newYear2024 + 9 * hour + 30 * minute),
        // Saturday and Sunday only (7 is Sunday too): Saturday 2024-01-06.
        ("0 0 * * 6,7", newYear2024, newYear2024 + 5 * day),
        // First of March at noon.
        ("0 12 1 MAR *", newYear2024, 1_709_294_400_000),
        // 29 February: 2024 is a leap year.
        ("0 0 29 2 *", newYear2024, 1_709_164_800_000),
        // Day of month or day of week when both are restricted: the 15th or any Friday → Friday 5 January.
        ("0 0 15 * FRI", newYear2024, newYear2024 + 4 * day),
        // Ranges with steps.
        ("10-50/20 * * * *", newYear2024 + 31 * minute, newYear2024 + 50 * minute),
    ])
    func nextFireTime(expression: String, after: Int64, expected: Int64) throws {
        #expect(try CronExpression(expression).nextFireTime(after: after) == expected)
    }

    @Test(arguments: [
        ("* * * *", "cron expression '* * * *' must have 5 fields (minute hour day-of-month month day-of-week), got 4"),
        ("60 * * * *", "minute value 60 is out of range 0-59"),
        ("* 24 * * *", "hour value 24 is out of range 0-23"),
        ("* * * * FUNDAY", "day-of-week value 'FUNDAY' is not a number or one of SUN, MON, TUE, WED, THU, FRI, SAT"),
        ("*/0 * * * *", "minute field '*/0': step '0' must be a positive number"),
        ("5-1 * * * *", "minute field '5-1': range start 5 is after its end 1"),
        ("1,,2 * * * *", "minute field '1,,2' has an empty list item"),
        ("0 0 30 2 *", "cron expression '0 0 30 2 *' never fires: no such day in those months"),
        ("0 0 * 13 *", "month value 13 is out of range 1-12"),
        ("x * * * *", "minute value 'x' is not a number"),
    ])
    func rejectsWithAPreciseMessage(expression: String, message: String) {
        #expect(throws: CronError(message)) { try CronExpression(expression) }
    }

    @Test func intervalTicksAlignToMultiples() throws {
        #expect(
            try Schedule.interval(15 * Self.minute).nextTick(after: Self.newYear2024 + 1) == Self.newYear2024 + 15
                * Self.minute)
        #expect(try Schedule.interval(10_000).nextTick(after: 20_000) == 30_000)
        #expect(try Schedule.interval(10_000).nextTick(after: -5_000) == 0)
        #expect(try Schedule.cron("0 * * * *").nextTick(after: Self.newYear2024) == Self.newYear2024 + Self.hour)
        #expect(throws: CronError("interval must be positive, got 0ms")) { try Schedule.interval(0).nextTick(after: 0) }
    }
}
