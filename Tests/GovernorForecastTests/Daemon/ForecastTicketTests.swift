import Foundation
import GovernorCore
import GovernorDaemon
import GovernorQuery
import GovernorSources
import GovernorTestSupport
import Synchronization
import Testing

/// The forecaster inside `governor run`: its runs become series that an ordinary alert reads, and a HIGH forecast
/// repeated run after run opens exactly one ticket on a Notion-shaped server. Lives with the forecaster's tests
/// because it is the forecaster's promise; the daemon core is driven instant by instant, as its own tests do.
@Suite struct ForecastTicketTests {
    static let minute: Int64 = 60_000
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/daemon")

    /// `free_bytes` from 10 GB, losing 5 GB an hour: empty two hours in.
    struct FillingDisk: MetricSource {
        let name = "disk"
        let interval: Int64 = 10_000

        func collect(at time: Timestamp) async -> SourceBatch {
            let hours = Double(time) / 3_600_000
            return SourceBatch(samples: [
                VectorSample(labels: ["__name__": "free_bytes"], timestamp: time, value: 10e9 - 5e9 * hours)
            ])
        }
    }

    final class Lines: Sendable {
        private let lines = Mutex<[String]>([])
        var all: [String] { lines.withLock { $0 } }
        func append(_ line: String) { lines.withLock { $0.append(line) } }
    }

    @Test func aHighForecastOpensExactlyOneNotionTicketHoweverOftenItRepeats() async throws {
        let notion = try LoopbackHTTPServer { _, index in
            .respond(
                status: 200,
                body: #"{"object":"page","id":"page-\#(index)","url":"https://notion.test/page-\#(index)"}"#)
        }
        defer { notion.stop() }
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("governor-forecast-\(UUID())")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let logs = directory.appendingPathComponent("logs")
        let routes = directory.appendingPathComponent("routes.yaml")
        try String(contentsOf: Self.fixtures.appendingPathComponent("routes.yaml"), encoding: .utf8)
            .replacingOccurrences(of: "NOTION_URL", with: notion.baseURL).write(
                to: routes, atomically: true, encoding: .utf8)
        let lines = Lines()
        let configuration = DaemonConfiguration(
            policyPaths: [
                Self.fixtures.appendingPathComponent("forecasts.yaml").path,
                Self.fixtures.appendingPathComponent("forecast-alerts.yaml").path,
            ],
            alertsPath: routes.path,
            databasePath: directory.appendingPathComponent("state.sqlite").path, logsDirectory: logs.path,
            sources: [FillingDisk()], sourceDescriptions: ["disk"], clock: .simulated(from: 0, speed: 1),
            timeline: "forecast-test", startFresh: true,
            environment: ["NOTION_TEST_TOKEN": "secret_test"], write: lines.append)
        let core = try await DaemonCore.start(configuration)
        var time: Int64 = 0
        while time <= 40 * Self.minute {
            await core.advance(to: time)
            _ = await core.deliver(at: time)
            time += 10_000
        }
        let forecasts = lines.all.filter { $0.contains("FORECAST") }
        #expect(forecasts.count == 41, "one run a minute, the first at 0")
        let high = forecasts.filter { $0.contains("disk_risk: HIGH from statistical; disk within") }
        #expect(high.count >= 25, "HIGH once the trend has 12 minutes behind it:\n\(forecasts.joined(separator: "\n"))")
        let pages = notion.requests.filter { $0.path == "/v1/pages" }
        #expect(
            pages.count == 1,
            "one ticket, however many HIGH runs and repeated notifications\n\(lines.all.filter { !$0.contains("FORECAST") }.joined(separator: "\n"))"
        )
        let tickets = try String(contentsOf: logs.appendingPathComponent("maintenance_tickets.ndjson"), encoding: .utf8)
        #expect(tickets.split(separator: "\n").count == 1)
        let runs = try String(contentsOf: logs.appendingPathComponent("predictive_maintenance.ndjson"), encoding: .utf8)
            .split(separator: "\n")
        #expect(runs.count == 41)
        let last = try #require(try JSONSerialization.jsonObject(with: Data(runs.last!.utf8)) as? [String: Any])
        #expect(last["source"] as? String == "statistical")
        #expect((last["output"] as? [String: Any])?["risk_level"] as? String == "HIGH")
        #expect((last["input_digest"] as? String)?.hasPrefix("fnv1a64:") == true)
    }
}
