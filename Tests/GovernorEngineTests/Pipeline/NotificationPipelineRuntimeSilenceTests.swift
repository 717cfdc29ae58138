import GovernorCore
import GovernorEngine
import GovernorQuery
import Testing

/// Silences made while the pipeline runs (the Alertmanager API) count from the next flush on, beside the
/// configuration's own, and stop counting as soon as they are replaced.
@Suite struct NotificationPipelineRuntimeSilenceTests {
    static func silence(_ id: String, instance: String) throws -> Silence {
        Silence(
            id: id, matchers: [try matcher("instance", instance)], startsAt: 0, endsAt: 86_400_000, comment: "",
            createdBy: "ops")
    }

    @Test func aRuntimeSilenceHoldsTheAlertBackUntilItIsRemoved() async throws {
        let harness = PipelineHarness(singleRoute())
        await harness.pipeline.receive([firing(["alertname": "Disk", "instance": "db2"], startsAt: 0)], at: 0)
        await harness.pipeline.replaceRuntimeSilences([try Self.silence("api-1", instance: "db2")])
        let held = try await harness.advance(through: 30_000)
        #expect(held.map(\.outcome) == [.allSuppressed])
        #expect(held.first?.suppressed.first?.reasons == ["silenced by api-1"])
        await harness.pipeline.replaceRuntimeSilences([])
        let released = try await harness.advance(through: 330_000)
        #expect(PipelineHarness.sent(released).map(\.time) == [330_000])
    }

    @Test func replacingRuntimeSilencesKeepsTheConfigurationsOwn() async throws {
        var configuration = singleRoute()
        configuration.silences = [try Self.silence("file", instance: "db1")]
        let harness = PipelineHarness(configuration)
        await harness.pipeline.receive([firing(["alertname": "Disk", "instance": "db1"], startsAt: 0)], at: 0)
        await harness.pipeline.replaceRuntimeSilences([try Self.silence("api-1", instance: "db2")])
        await harness.pipeline.replaceRuntimeSilences([])
        #expect(try await harness.advance(through: 30_000).map(\.outcome) == [.allSuppressed])
        #expect(await harness.delivered.all.isEmpty)
    }
}
