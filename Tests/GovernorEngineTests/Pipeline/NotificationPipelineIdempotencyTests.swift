import GovernorCore
import GovernorEngine
import GovernorQuery
import Testing

@Suite struct NotificationPipelineIdempotencyTests {
    func run() async throws -> [String] {
        let harness = PipelineHarness(singleRoute(repeatInterval: 600_000))
        await harness.pipeline.receive(
            [firing(["alertname": "Down", "instance": "a"], startsAt: 0, rule: "Down")], at: 0)
        try await harness.advance(through: 1_000_000)
        return await harness.delivered.all.map(\.id)
    }

    @Test func theSameFlushAlwaysGetsTheSameID() async throws {
        let first = try await run()
        let second = try await run()
        #expect(first.count == 2)
        #expect(first == second)
        // A resend after repeat_interval is a new notification, so it has a new id.
        #expect(Set(first).count == 2)
    }

    @Test func theOutboxDropsANotificationItAlreadyDelivered() async throws {
        let harness = PipelineHarness(singleRoute())
        await harness.pipeline.receive([firing(["alertname": "Down"], startsAt: 0)], at: 0)
        try await harness.advance(through: 30_000)
        let sent = try #require(await harness.delivered.all.first)
        try await harness.dispatcher.submit(sent, at: 40_000)
        _ = try await harness.dispatcher.runOnce(at: 40_000)
        #expect(await harness.delivered.all.count == 1)
    }

    @Test func fingerprintsMatchAlertmanagers() {
        // Alertmanager (model.LabelSet.Fingerprint) gives these for the empty set and {a="b"}: FNV-1a 64 offset
        // basis, and the basis folded with "a", 0xff, "b", 0xff.
        #expect(AlertFingerprint.of(Labels()) == "cbf29ce484222325")
        #expect(AlertFingerprint.of(["a": "b"]) != AlertFingerprint.of(["a": "c"]))
        #expect(AlertFingerprint.of(["a": "b", "c": "d"]) == AlertFingerprint.of(["c": "d", "a": "b"]))
    }
}
