import GovernorCore
import GovernorQuery
import GovernorRuntime
import Testing

@Suite struct TickSchedulerTests {
    static let second: Int64 = 1_000
    static let minute: Int64 = 60_000

    @Test func jobsTickOnTheirOwnAlignedInstantsInJobOrder() throws {
        var scheduler = try TickScheduler(
            schedules: [.interval(10 * Self.second), .interval(Self.minute)], startingAt: 5 * Self.second)
        #expect(scheduler.nextTickAt == 10 * Self.second)
        #expect(scheduler.due(at: 9 * Self.second).isEmpty)
        #expect(scheduler.due(at: 10 * Self.second).map(\.job) == [0])
        #expect(scheduler.due(at: 50 * Self.second).map(\.time) == [50 * Self.second])
        // At one minute both are due; the order is the order they were given in.
        let both = scheduler.due(at: Self.minute)
        #expect(both.map(\.job) == [0, 1])
        #expect(both.map(\.time) == [Self.minute, Self.minute])
        #expect(scheduler.nextTickAt == 70 * Self.second)
    }

    @Test func aLateClockRunsEachJobOnceAtItsLatestInstantAndCountsTheRestAsMissed() throws {
        var scheduler = try TickScheduler(schedules: [.interval(10 * Self.second)], startingAt: 0)
        _ = scheduler.due(at: 0)
        // Woken 35 s late: instants 10, 20 and 30 s are due; 30 s runs, 10 and 20 s are missed.
        let late = scheduler.due(at: 35 * Self.second)
        #expect(late == [TickScheduler.Due(job: 0, time: 30 * Self.second, missed: 2)])
        #expect(scheduler.missedTicks == [2])
        #expect(scheduler.nextTickAt == 40 * Self.second)
    }

    @Test func cronJobsTickAtTheirCronTimes() throws {
        var scheduler = try TickScheduler(schedules: [.cron("*/15 * * * *")], startingAt: 1)
        #expect(scheduler.nextTickAt == 15 * Self.minute)
        let due = scheduler.due(at: 46 * Self.minute)
        #expect(due == [TickScheduler.Due(job: 0, time: 45 * Self.minute, missed: 2)])
        #expect(scheduler.nextTickAt == 60 * Self.minute)
    }

    @Test func aStartOnAnInstantIncludesIt() throws {
        var scheduler = try TickScheduler(schedules: [.interval(Self.minute)], startingAt: 2 * Self.minute)
        #expect(scheduler.due(at: 2 * Self.minute).map(\.time) == [2 * Self.minute])
    }

    @Test func aScheduleThatNeverTicksIsAnError() {
        #expect(throws: RuntimeError.self) {
            try TickScheduler(schedules: [.cron("not a cron")], startingAt: 0)
        }
    }
}
