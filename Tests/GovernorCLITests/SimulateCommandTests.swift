import Foundation
import Testing

/// `governor simulate`: a history dry-run replays, the same options write the same bytes, and a mistyped scenario
/// says what the scenarios are.
@Suite struct SimulateCommandTests {
    static func temporaryFile(_ name: String) -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("governor-simulate-\(UUID().uuidString)-\(name)")
            .path
    }

    @Test func writesAHistoryThatDryRunReplays() throws {
        let file = Self.temporaryFile("outage.ndjson")
        defer { try? FileManager.default.removeItem(atPath: file) }
        let simulate = try GovernorBinary.run(["simulate", "payment-outage", "--to", file, "--duration", "1h"])
        #expect(simulate.status == 0, "\(simulate.standardError)")
        #expect(simulate.standardOutput.contains("to \(file)"))
        #expect(simulate.standardOutput.contains("replay it: governor dry-run --history \(file)"))

        let replay = try GovernorBinary.run(
            ["dry-run", "--history", file, "--format", "json"], in: GovernorBinary.packageRoot)
        #expect(replay.status == 0, "\(replay.standardError)")
        let report = try #require(
            try JSONSerialization.jsonObject(with: Data(replay.standardOutput.utf8)) as? [String: Any])
        let changes = (report["stateChanges"] as? [[String: Any]] ?? []).filter {
            $0["alertname"] as? String == "PaymentFailureRateHigh"
        }
        // 22% of payments fail from 00:10 to 00:40: the 00:15 quarter hour sees them over a third of its window
        // (pending), `for: 15m` makes it fire at 00:30, and the 00:45-01:00 window holds no failure (resolved).
        #expect(changes.map { $0["state"] as? String } == ["pending", "firing", "resolved"])
        #expect(
            changes.map { $0["time"] as? String } == [
                "2025-01-01T00:15:00Z", "2025-01-01T00:30:00Z", "2025-01-01T01:00:00Z",
            ])
    }

    @Test func theSameOptionsWriteTheSameBytesAndAnotherSeedDoesNot() throws {
        let files = (0..<3).map { Self.temporaryFile("normal-\($0).ndjson") }
        defer { for file in files { try? FileManager.default.removeItem(atPath: file) } }
        for (file, seed) in zip(files, ["1", "1", "2"]) {
            let outcome = try GovernorBinary.run(
                ["simulate", "normal", "--to", file, "--duration", "10m", "--seed", seed])
            #expect(outcome.status == 0, "\(outcome.standardError)")
        }
        let contents = try files.map { try Data(contentsOf: URL(fileURLWithPath: $0)) }
        #expect(contents[0] == contents[1])
        #expect(contents[0] != contents[2])
        // 10 minutes every 10 s is 61 instants of every series.
        let lines = String(decoding: contents[0], as: UTF8.self).split(separator: "\n")
        #expect(lines.count % 61 == 0)
        #expect(
            lines.first
                == #"{"labels":{"__name__":"up","instance":"api-1:8080","job":"api"},"timestamp":1735689600,"value":1}"#
        )
    }

    @Test func aDashWritesTheHistoryToStandardOutputAndTheSummaryToStandardError() throws {
        let outcome = try GovernorBinary.run(
            ["simulate", "scheduler-dead", "--to", "-", "--duration", "20s", "--interval", "10s", "--start", "0"])
        #expect(outcome.status == 0)
        let lines = outcome.standardOutput.split(separator: "\n")
        #expect(lines.allSatisfy { $0.hasPrefix(#"{"labels":{"__name__":"#) })
        #expect(lines.contains { $0.contains(#""timestamp":20,"#) })
        #expect(outcome.standardError.contains("wrote \(lines.count) samples"))
    }

    @Test func anUnknownScenarioIsAUsageErrorThatSuggestsTheClosest() throws {
        let outcome = try GovernorBinary.run(["simulate", "payment-outag", "--to", Self.temporaryFile("x")])
        #expect(outcome.status == 64)
        #expect(outcome.standardError.contains("unknown scenario 'payment-outag' (did you mean 'payment-outage'?)"))
        #expect(outcome.standardError.contains("normal, payment-outage, latency-regression"))
    }

    @Test func everyProblemWithTheOptionsIsReportedTogether() throws {
        let outcome = try GovernorBinary.run(["simulate", "normal", "--duration", "soon", "--interval", "0s"])
        #expect(outcome.status == 64)
        #expect(outcome.standardError.contains("--to is required"))
        #expect(outcome.standardError.contains("--duration \"soon\" is not a duration"))
        #expect(outcome.standardError.contains("--interval \"0s\" is not a positive duration"))
    }

    @Test func listNamesEveryScenarioWithWhatFires() throws {
        let text = try GovernorBinary.run(["simulate", "--list"])
        #expect(text.status == 0)
        let lines = text.standardOutput.split(separator: "\n")
        #expect(lines.count == 7)
        #expect(lines.first?.hasSuffix("Fires nothing.") == true)
        #expect(
            lines.contains { $0.hasPrefix("disk-filling ") && $0.hasSuffix("Fires DiskWillFillIn4Hours at minute 24.") }
        )

        let json = try GovernorBinary.run(["simulate", "--list", "--format", "json"])
        let scenarios = try #require(
            try JSONSerialization.jsonObject(with: Data(json.standardOutput.utf8)) as? [[String: Any]])
        #expect(scenarios.map { $0["name"] as? String }.contains("security-flood"))
        #expect(
            scenarios.first { $0["name"] as? String == "slow-burn" }?["alerts"] as? [String] == ["AvailabilityBurnRate"]
        )
    }

    @Test func helpHasExamples() throws {
        let outcome = try GovernorBinary.run(["simulate", "--help"])
        #expect(outcome.status == 0)
        #expect(outcome.standardOutput.contains("Examples:"))
        #expect(outcome.standardOutput.contains("governor simulate payment-outage --to outage.ndjson"))
    }
}
