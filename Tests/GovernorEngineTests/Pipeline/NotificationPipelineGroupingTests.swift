import GovernorCore
import GovernorEngine
import GovernorQuery
import Testing

@Suite struct NotificationPipelineGroupingTests {
    @Test func groupWaitBatchesTheFirstAlertsThenGroupIntervalPacesChanges() async throws {
        let harness = PipelineHarness(singleRoute())
        let a = firing(["alertname": "Down", "instance": "a"], startsAt: 0)
        let b = firing(["alertname": "Down", "instance": "b"], startsAt: 10_000)
        let c = firing(["alertname": "Down", "instance": "c"], startsAt: 60_000)
        await harness.pipeline.receive([a], at: 0)
        #expect(await harness.pipeline.nextFlushAt == 30_000)
        await harness.pipeline.receive([b], at: 10_000)
        #expect(try await harness.advance(through: 29_999).isEmpty)

        let first = try await harness.advance(through: 30_000)
        #expect(PipelineHarness.sent(first) == [SentFlush(time: 30_000, receiver: "team", reason: .firstNotification)])
        #expect(await harness.delivered.all.map { $0.alerts.map(\.labels["instance"]) } == [["a", "b"]])

        await harness.pipeline.receive([c], at: 60_000)
        #expect(try await harness.advance(through: 329_999).isEmpty)
        let second = try await harness.advance(through: 330_000)
        #expect(PipelineHarness.sent(second) == [SentFlush(time: 330_000, receiver: "team", reason: .newFiringAlerts)])
        #expect(await harness.delivered.all.last?.alerts.count == 3)

        let third = try await harness.advance(through: 630_000)
        #expect(third.map(\.outcome) == [.skipped(.unchanged)])
        #expect(third.map(\.time) == [630_000])
    }

    @Test func anAlertOlderThanGroupWaitFlushesANewGroupAtOnce() async throws {
        let harness = PipelineHarness(singleRoute())
        await harness.pipeline.receive([firing(["alertname": "Down"], startsAt: 0)], at: 45_000)
        #expect(await harness.pipeline.nextFlushAt == 45_000)
        let records = try await harness.advance(through: 45_000)
        #expect(
            PipelineHarness.sent(records) == [SentFlush(time: 45_000, receiver: "team", reason: .firstNotification)])
    }

    @Test func groupByEverythingGivesEachAlertItsOwnGroup() async throws {
        let harness = PipelineHarness(singleRoute(groupBy: .all))
        await harness.pipeline.receive(
            [
                firing(["alertname": "X", "instance": "1"], startsAt: 0),
                firing(["alertname": "X", "instance": "2"], startsAt: 0),
            ], at: 0)
        let records = try await harness.advance(through: 30_000)
        #expect(
            records.map(\.groupKey) == [#"{}:{alertname="X", instance="1"}"#, #"{}:{alertname="X", instance="2"}"#])
        let delivered = await harness.delivered.all
        #expect(delivered.map(\.alerts.count) == [1, 1])
        #expect(delivered.first?.groupLabels == ["alertname": "X", "instance": "1"])
    }

    @Test func continueSendsToEveryMatchingRoutesReceiver() async throws {
        let team = try matcher("team", "payments")
        let configuration = AlertingConfiguration(
            route: Route(
                RouteDefinition(
                    receiver: "default", groupBy: .labels(["alertname"]),
                    routes: [
                        RouteDefinition(receiver: "pager", matchers: [team], continueMatching: true),
                        RouteDefinition(receiver: "chat", matchers: [team]),
                        RouteDefinition(receiver: "never", matchers: [team]),
                    ])),
            receivers: ["default", "pager", "chat", "never"].map { webhookReceiver($0) })
        let harness = PipelineHarness(configuration)
        await harness.pipeline.receive([firing(["alertname": "Down", "team": "payments"], startsAt: 0)], at: 0)
        let records = try await harness.advance(through: 30_000)
        #expect(Set(PipelineHarness.sent(records).map(\.receiver)) == ["pager", "chat"])
        #expect(Set(await harness.delivered.all.map(\.receiver)) == ["pager", "chat"])
        // Both routes have the same matchers, so the same key; each still has its own group.
        #expect(records.map(\.groupKey) == Array(repeating: #"{}/{team="payments"}:{alertname="Down"}"#, count: 2))
        #expect(records.map(\.receiver) == ["chat", "pager"])
    }
}
