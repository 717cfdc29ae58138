import GovernorCore
import GovernorEngine
import GovernorQuery
import Testing

@Suite struct NotificationPipelineDedupTests {
    /// One alert fires at 0 (notified at 30s) and resolves at 100s; returns the flushes through 330s.
    func fireThenResolve(sendResolved: Bool) async throws -> (PipelineHarness, [FlushRecord]) {
        let harness = PipelineHarness(singleRoute(sendResolved: sendResolved))
        let labels: Labels = ["alertname": "Down"]
        await harness.pipeline.receive([firing(labels, startsAt: 0)], at: 0)
        try await harness.advance(through: 30_000)
        await harness.pipeline.receive([resolved(labels, startsAt: 0, at: 100_000)], at: 100_000)
        return (harness, try await harness.advance(through: 330_000))
    }

    @Test func anUnchangedGroupIsResentOnlyOnceRepeatIntervalHasPassed() async throws {
        let harness = PipelineHarness(singleRoute(repeatInterval: 3_600_000))
        await harness.pipeline.receive([firing(["alertname": "Down"], startsAt: 0)], at: 0)
        let records = try await harness.advance(through: 4_000_000)
        // Sent at 30s; Alertmanager resends when the last send is strictly older than repeat_interval, so the
        // flush at 30s + 1h (3,630,000) is skipped and the next one, 5 minutes later, resends.
        #expect(
            PipelineHarness.sent(records) == [
                SentFlush(time: 30_000, receiver: "team", reason: .firstNotification),
                SentFlush(time: 3_930_000, receiver: "team", reason: .repeatIntervalElapsed),
            ])
        #expect(records.first { $0.time == 3_630_000 }?.outcome == .skipped(.unchanged))
        #expect(await harness.delivered.all.count == 2)
    }

    @Test func aResolvedGroupIsReportedAndLeavesWhenTheReceiverWantsResolved() async throws {
        let (harness, records) = try await fireThenResolve(sendResolved: true)
        #expect(PipelineHarness.sent(records) == [SentFlush(time: 330_000, receiver: "team", reason: .allResolved)])
        let last = try #require(await harness.delivered.all.last)
        #expect(last.status == .resolved)
        #expect(last.alerts.map(\.endsAt) == [100_000])
        #expect(await harness.pipeline.activeGroups.isEmpty)
        #expect(await harness.pipeline.nextFlushAt == nil)
    }

    @Test func aReceiverWithoutSendResolvedIsNotToldButTheGroupStillEmpties() async throws {
        let (harness, records) = try await fireThenResolve(sendResolved: false)
        #expect(records.map(\.outcome) == [.resolvedNotWanted(.allResolved)])
        #expect(await harness.delivered.all.count == 1)
        #expect(await harness.pipeline.activeGroups.isEmpty)
    }

    @Test func onePartOfAGroupResolvingIsNewsOnlyWithSendResolved() async throws {
        for sendResolved in [true, false] {
            let harness = PipelineHarness(singleRoute(sendResolved: sendResolved))
            let a: Labels = ["alertname": "Down", "instance": "a"]
            let b: Labels = ["alertname": "Down", "instance": "b"]
            await harness.pipeline.receive([firing(a, startsAt: 0), firing(b, startsAt: 0)], at: 0)
            try await harness.advance(through: 30_000)
            await harness.pipeline.receive([resolved(b, startsAt: 0, at: 60_000)], at: 60_000)
            let records = try await harness.advance(through: 330_000)
            if sendResolved {
                #expect(records.map(\.time) == [330_000])
                #expect(PipelineHarness.sent(records).map(\.reason) == [.newResolvedAlerts])
                let statuses = await harness.delivered.all.last?.alerts.map(\.status)
                #expect(statuses == [.firing, .resolved])
            } else {
                #expect(records.map(\.outcome) == [.skipped(.unchanged)])
            }
            // Either way the resolved alert has left the group; the firing one stays.
            let next = try await harness.advance(through: 630_000)
            #expect(next.map(\.outcome) == [.skipped(.unchanged)])
        }
    }
}
