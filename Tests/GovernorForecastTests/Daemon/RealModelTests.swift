import Foundation
import GovernorDaemon
import GovernorQuery
import Testing

/// A real language model (SmolLM2-135M under llama.cpp, `scripts/start-llm-server.sh`) asked by `governor run`'s
/// core: its forecast is either validated or rejected with a reason, and `predictive_maintenance.ndjson` says which.
/// Runs when GOVERNOR_LLM_URL names the server, e.g. http://127.0.0.1:8088/v1 (`scripts/test.sh` starts it and sets
/// it). Under CI it always runs, so a missing model fails loudly instead of being skipped.
@Suite(
    .enabled(
        if: ProcessInfo.processInfo.environment["GOVERNOR_LLM_URL"] != nil
            || ProcessInfo.processInfo.environment["CI"] != nil))
struct RealModelTests {
    @Test(.timeLimit(.minutes(5)))
    func aRealModelsForecastIsValidatedOrRejectedWithItsReason() async throws {
        let url = try #require(
            ProcessInfo.processInfo.environment["GOVERNOR_LLM_URL"],
            "under CI the real model must run: scripts/test.sh starts it and sets GOVERNOR_LLM_URL")
        #expect(url.hasPrefix("http://127.0.0.1:"), "the real-model test talks to loopback only")
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("governor-real-model-\(UUID())")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let policy = directory.appendingPathComponent("real-model.yaml")
        try String(contentsOf: ForecastTicketTests.fixtures.appendingPathComponent("real-model.yaml"), encoding: .utf8)
            .replacingOccurrences(of: "LLM_URL", with: url).write(to: policy, atomically: true, encoding: .utf8)
        let logs = directory.appendingPathComponent("logs")
        let lines = ForecastTicketTests.Lines()
        let configuration = DaemonConfiguration(
            policyPaths: [policy.path], alertsPath: nil,
            databasePath: directory.appendingPathComponent("state.sqlite").path, logsDirectory: logs.path,
            sources: [ForecastTicketTests.FillingDisk()], sourceDescriptions: ["disk"],
            // From 1 ms, so that the first hourly run is at 01:00, with an hour of samples behind it.
            clock: .simulated(from: 1, speed: 1), timeline: "real-model", startFresh: true,
            environment: ["GOVERNOR_LLM_API_KEY": "local"], write: lines.append)
        let core = try await DaemonCore.start(configuration)
        var time: Int64 = 10_000
        while time <= 3_600_000 {
            await core.advance(to: time)
            time += 10_000
        }
        let log = logs.appendingPathComponent("predictive_maintenance.ndjson")
        var entries: [[String: Any]] = []
        for _ in 0..<1_200 where entries.isEmpty {
            // The model's run goes on beside the loop; the loop keeps ticking meanwhile.
            await core.advance(to: time)
            time += 10_000
            try await Task.sleep(for: .milliseconds(200))
            let text = (try? String(contentsOf: log, encoding: .utf8)) ?? ""
            entries = text.split(separator: "\n").compactMap {
                try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]
            }
        }
        let run = try #require(entries.first, "the 01:00 run was logged:\n\(lines.all.joined(separator: "\n"))")
        #expect(run["model"] as? String == "smollm2" && run["time"] as? String == "1970-01-01T01:00:00Z")
        let reason = run["fallback_reason"] as? String
        if run["source"] as? String == "llm" {
            #expect(reason == nil)
        } else {
            #expect(reason?.hasPrefix("answer rejected: ") == true, "the model answered, and what it said was judged")
        }
        #expect((run["tokens"] as? Int ?? 0) > 0)
        print("real model: \(lines.all.filter { $0.contains("FORECAST") }.last ?? "")")
        print(
            "predictive_maintenance.ndjson: \(String(data: try JSONSerialization.data(withJSONObject: run, options: [.sortedKeys]), encoding: .utf8)!)"
        )
    }
}
