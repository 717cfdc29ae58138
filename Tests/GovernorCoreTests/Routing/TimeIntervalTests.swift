import Testing

@testable import GovernorCore

/// Milliseconds since the epoch for a UTC date and time.
private func at(_ year: Int, _ month: Int, _ day: Int, _ hour: Int = 0, _ minute: Int = 0) -> Int64 {
    let days = Int64(CivilDate(year: year, month: month, day: day).daysSinceEpoch)
    return ((days * 24 + Int64(hour)) * 60 + Int64(minute)) * 60_000
}

@Suite struct TimeIntervalTests {
    @Test func timesIncludeTheStartAndExcludeTheEnd() throws {
        let interval = TimeInterval(times: [try TimeIntervalSyntax.timeRange(start: "09:00", end: "17:00")])
        #expect(interval.contains(at(2024, 5, 1, 9, 0)))
        #expect(interval.contains(at(2024, 5, 1, 16, 59)))
        #expect(!interval.contains(at(2024, 5, 1, 17, 0)))
        #expect(!interval.contains(at(2024, 5, 1, 8, 59)))
    }

    @Test func weekdaysCountFromSunday() throws {
        let interval = TimeInterval(weekdays: [try TimeIntervalSyntax.weekdays("monday:friday")])
        #expect(interval.contains(at(2024, 5, 3)))  // a Friday
        #expect(!interval.contains(at(2024, 5, 4)))  // a Saturday
        #expect(!interval.contains(at(2024, 5, 5)))  // a Sunday
    }

    @Test func negativeDaysCountFromTheEndOfTheMonth() throws {
        let lastTwo = TimeInterval(daysOfMonth: [try TimeIntervalSyntax.daysOfMonth("-2:-1")])
        #expect(lastTwo.contains(at(2024, 2, 28)))
        #expect(lastTwo.contains(at(2024, 2, 29)))
        #expect(!lastTwo.contains(at(2024, 2, 27)))
        #expect(lastTwo.contains(at(2023, 2, 27)))
        #expect(lastTwo.contains(at(2024, 4, 30)))
    }

    @Test func daysPastTheMonthsEndAreClampedOrSkipped() throws {
        let late = TimeInterval(daysOfMonth: [try TimeIntervalSyntax.daysOfMonth("28:31")])
        #expect(late.contains(at(2023, 2, 28)))
        let thirtyFirst = TimeInterval(daysOfMonth: [try TimeIntervalSyntax.daysOfMonth("31")])
        #expect(!thirtyFirst.contains(at(2024, 4, 30)))
    }

    @Test func monthsAndYearsAreInclusive() throws {
        let interval = TimeInterval(
            months: [try TimeIntervalSyntax.months("december"), try TimeIntervalSyntax.months("1:2")],
            years: [try TimeIntervalSyntax.years("2024:2025")])
        #expect(interval.contains(at(2025, 2, 28)))
        #expect(interval.contains(at(2024, 12, 31)))
        #expect(!interval.contains(at(2024, 3, 1)))
        #expect(!interval.contains(at(2026, 1, 1)))
    }

    @Test func everyFieldMustHold() throws {
        let interval = TimeInterval(
            times: [try TimeIntervalSyntax.timeRange(start: "22:00", end: "24:00")],
            weekdays: [try TimeIntervalSyntax.weekdays("saturday")])
        #expect(interval.contains(at(2024, 5, 4, 23, 30)))
        #expect(!interval.contains(at(2024, 5, 3, 23, 30)))
    }

    @Test(arguments: ["25:00", "9:00", "12:60", "24:01"])
    func rejectsBadTimes(text: String) {
        #expect(throws: TimeIntervalSyntaxError.self) { try TimeIntervalSyntax.minuteOfDay(text) }
    }

    @Test func rejectsRangesAlertmanagerRejects() {
        #expect(throws: TimeIntervalSyntaxError("start time cannot be equal or greater than end time")) {
            try TimeIntervalSyntax.timeRange(start: "10:00", end: "10:00")
        }
        #expect(throws: TimeIntervalSyntaxError("end day must be negative if start day is negative")) {
            try TimeIntervalSyntax.daysOfMonth("-3:5")
        }
        #expect(throws: TimeIntervalSyntaxError("0 is not a valid day of the month: out of range")) {
            try TimeIntervalSyntax.daysOfMonth("0")
        }
        #expect(throws: TimeIntervalSyntaxError("end month january is before start month march")) {
            try TimeIntervalSyntax.months("march:january")
        }
        #expect(throws: TimeIntervalSyntaxError.self) { try TimeIntervalSyntax.weekdays("funday") }
    }
}
