import GovernorCore
import Testing

@Suite struct AggregationGroupScheduleTests {
    @Test func firstFlushWaitsGroupWaitThenEveryGroupInterval() {
        var schedule = AggregationGroupSchedule(groupWait: 30_000, groupInterval: 300_000)
        #expect(schedule.alertInserted(startsAt: 1_000, at: 1_000) == .scheduleFlush(at: 31_000))
        #expect(schedule.alertInserted(startsAt: 5_000, at: 5_000) == .none)
        #expect(schedule.timerFired(at: 30_999) == .none)
        #expect(schedule.timerFired(at: 31_000) == .flush(nextFlushAt: 331_000))
        #expect(schedule.alertInserted(startsAt: 40_000, at: 40_000) == .none)
        #expect(schedule.timerFired(at: 331_000) == .flush(nextFlushAt: 631_000))
    }

    @Test func anOldAlertFlushesANewGroupAtOnce() {
        var schedule = AggregationGroupSchedule(groupWait: 30_000, groupInterval: 300_000)
        #expect(schedule.alertInserted(startsAt: 0, at: 60_000) == .scheduleFlush(at: 60_000))
        #expect(schedule.timerFired(at: 60_000) == .flush(nextFlushAt: 360_000))
        // After the first flush an old alert waits for the next interval like any other.
        #expect(schedule.alertInserted(startsAt: 0, at: 100_000) == .none)
    }

    @Test func takesItsTimingsFromTheRoute() {
        let schedule = AggregationGroupSchedule(RouteOptions(receiver: "r", groupWait: 1, groupInterval: 2))
        #expect(schedule.groupWait == 1)
        #expect(schedule.groupInterval == 2)
    }
}
