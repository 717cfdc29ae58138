import Testing

@testable import GovernorPolicy

@Suite struct CronExpressionTests {
    @Test(arguments: ["*/15 * * * *", "0 * * * *", "0 6 * * 1-5", "5,35 0-23/2 1 1,6 0"])
    func validExpressions(expression: String) {
        #expect(CronExpression.problem(in: expression) == nil)
    }

    @Test func invalidExpressionsSayWhatIsWrong() {
        #expect(
            CronExpression.problem(in: "* * *")
                == "cron expression '* * *' must have 5 fields (minute hour day-of-month month day-of-week), found 3")
        #expect(
            CronExpression.problem(in: "60 * * * *")
                == "cron expression '60 * * * *': minute field '60': 60 is outside 0-59")
        #expect(
            CronExpression.problem(in: "*/0 * * * *")
                == "cron expression '*/0 * * * *': minute field '*/0': step '0' must be a positive number")
        #expect(
            CronExpression.problem(in: "* * * * 5-1")
                == "cron expression '* * * * 5-1': day of week field '5-1': range 5-1 is backwards")
        #expect(
            CronExpression.problem(in: "* * * jan *")
                == "cron expression '* * * jan *': month field 'jan': 'jan' is not a number, a range like 1-5, or '*'")
    }
}
