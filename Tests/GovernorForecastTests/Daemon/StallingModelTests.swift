import Foundation
import GovernorDaemon
import GovernorTestSupport
import Testing

/// A model that never answers never stops governance: the groups tick on while it is asked, runs due meanwhile are
/// skipped and said so, and when its timeout passes the statistical forecast is adopted with the reason.
@Suite struct StallingModelTests {
    @Test func theGroupsTickOnWhileTheModelStallsAndTheFallbackIsLogged() async throws {
        let model = try LoopbackHTTPServer { _, _ in .stall(seconds: 30) }
        defer { model.stop() }
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("governor-stall-\(UUID())")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let policy = directory.appendingPathComponent("stalling-model.yaml")
        try String(
            contentsOf: ForecastTicketTests.fixtures.appendingPathComponent("stalling-model.yaml"), encoding: .utf8
        ).replacingOccurrences(of: "LLM_URL", with: model.baseURL + "/v1").write(
            to: policy, atomically: true, encoding: .utf8)
        let alerts = ForecastTicketTests.fixtures.appendingPathComponent("forecast-alerts.yaml")
        let logs = directory.appendingPathComponent("logs")
        let lines = ForecastTicketTests.Lines()
        let configuration = DaemonConfiguration(
            policyPaths: [policy.path, alerts.path], alertsPath: nil,
            databasePath: directory.appendingPathComponent("state.sqlite").path, logsDirectory: logs.path,
            sources: [ForecastTicketTests.FillingDisk()], sourceDescriptions: ["disk"],
            clock: .simulated(from: 0, speed: 1), timeline: "stall", startFresh: true,
            environment: ["GOVERNOR_LLM_API_KEY": "key"], write: lines.append)
        let core = try await DaemonCore.start(configuration)
        // Three minutes of clock while the 00:00 run waits for its answer: nothing waits for it.
        var time: Int64 = 0
        while time <= 180_000 {
            await core.advance(to: time)
            time += 10_000
        }
        #expect(await core.counters.groupTicks == 4, "the forecast group ticked at 0, 1, 2 and 3 minutes")
        #expect(lines.all.filter { $0.contains("disk_risk skipped: the language model has not answered") }.count == 3)
        let log = logs.appendingPathComponent("predictive_maintenance.ndjson")
        #expect(!FileManager.default.fileExists(atPath: log.path), "no run has ended yet")
        var entries: [String] = []
        for _ in 0..<300 where entries.isEmpty {
            try await Task.sleep(for: .milliseconds(100))
            entries = ((try? String(contentsOf: log, encoding: .utf8)) ?? "").split(separator: "\n").map(String.init)
        }
        let entry = try #require(entries.first)
        let run = try #require(try JSONSerialization.jsonObject(with: Data(entry.utf8)) as? [String: Any])
        #expect(run["source"] as? String == "statistical" && run["model"] as? String == "stalling")
        #expect(run["fallback_reason"] as? String == "llm stalling timed out")
        #expect((run["latency_ms"] as? Int ?? 0) >= 4_900)
        let fallback = "disk_risk: LOW from statistical (llm not used: llm stalling timed out)"
        #expect(lines.all.contains { $0.contains(fallback) })
    }
}
