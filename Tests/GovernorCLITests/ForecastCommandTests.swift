import Foundation
import Testing

/// `governor forecast`: the seed's lines from one pass, the same as JSON, and a backtest's scores, all on the shipped
/// policies with no API key (so nothing is sent anywhere).
@Suite struct ForecastCommandTests {
    static let noKey = ["GOVERNOR_LLM_API_KEY": ""]

    static func diskHistory() throws -> String {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("governor-forecast-\(UUID()).ndjson")
            .path
        let simulate = try GovernorBinary.run(["simulate", "disk-filling", "--to", file, "--duration", "1h"])
        #expect(simulate.status == 0, "\(simulate.standardError)")
        return file
    }

    @Test func onePassPrintsTheRiskTheFailuresAndTheSource() throws {
        let history = try Self.diskHistory()
        defer { try? FileManager.default.removeItem(atPath: history) }
        let outcome = try GovernorBinary.run(
            ["forecast", "--history", history, "--at", "2025-01-01T00:40:00Z"], in: GovernorBinary.packageRoot,
            environment: Self.noKey)
        #expect(outcome.status == 0, "\(outcome.standardError)")
        let lines = outcome.standardOutput.split(separator: "\n").map(String.init)
        #expect(
            lines.prefix(3) == [
                "Forecast: hourly_risk at 2025-01-01T00:40:00Z (horizon 24.0h)", "Risk Level: HIGH",
                "Predicted Failures: 2",
            ])
        // 38 GiB free filling at 20 GiB an hour from minute 10: the 40 minutes' least-squares line empties in 1.7h.
        #expect(lines[3].hasPrefix("  - disk within 1.7h (confidence 0.60): trend: "))
        #expect(lines.contains("Source: statistical (llm not used: no API key: GOVERNOR_LLM_API_KEY is not set)"))
    }

    @Test func jsonCarriesTheSameRunAsTheLogDoes() throws {
        let history = try Self.diskHistory()
        defer { try? FileManager.default.removeItem(atPath: history) }
        let outcome = try GovernorBinary.run(
            ["forecast", "--history", history, "--at", "2025-01-01T00:40:00Z", "--format", "json"],
            in: GovernorBinary.packageRoot, environment: Self.noKey)
        #expect(outcome.status == 0, "\(outcome.standardError)")
        let json = try #require(
            try JSONSerialization.jsonObject(with: Data(outcome.standardOutput.utf8)) as? [String: Any])
        let forecast = try #require((json["forecasts"] as? [[String: Any]])?.first)
        #expect(forecast["source"] as? String == "statistical")
        #expect(forecast["time"] as? String == "2025-01-01T00:40:00Z")
        let output = try #require(forecast["output"] as? [String: Any])
        #expect(output["risk_level"] as? String == "HIGH")
        let failures = try #require(output["failures"] as? [[String: Any]])
        #expect(failures.map { $0["component"] as? String } == ["disk", "cpu"])
        #expect((forecast["readings"] as? [[String: Any]])?.count == 9)
    }

    @Test func aBacktestScoresEachLevelWithoutAProgressBarOffATerminal() throws {
        let outcome = try GovernorBinary.run(
            ["forecast", "--backtest", "disk-filling", "--duration", "1h"], in: GovernorBinary.packageRoot,
            environment: Self.noKey)
        #expect(outcome.status == 0, "\(outcome.standardError)")
        #expect(outcome.standardError.isEmpty, "no progress bar when standard error is a pipe")
        let lines = outcome.standardOutput.split(separator: "\n").map(String.init)
        #expect(lines.first == "hourly_risk: llm not asked: GOVERNOR_LLM_API_KEY is not set; statistical only")
        #expect(lines.contains("disk-filling (forecast hourly_risk): 12 forecasts, 1 incident(s)"))
        // The disk alert fires at minute 24; HIGH is forecast from minute 20 on.
        #expect(lines.contains("  statistical  HIGH+      1.00 (9/9)       1.00 (1/1)   4m"))
    }

    @Test func withoutAHistoryItForecastsFromTheConfiguredSources() throws {
        let outcome = try GovernorBinary.run(
            ["forecast", "--at", "2025-01-01T02:00:00Z", "--window", "1h"], in: GovernorBinary.packageRoot,
            environment: Self.noKey)
        #expect(outcome.status == 0, "\(outcome.standardError)")
        let lines = outcome.standardOutput.split(separator: "\n").map(String.init)
        // The shipped sources: the simulator's normal scenario (an hour of it) and this machine's /proc (now).
        #expect(
            lines.prefix(3) == [
                "Forecast: hourly_risk at 2025-01-01T02:00:00Z (horizon 24.0h)", "Risk Level: LOW",
                "Predicted Failures: 0",
            ])
    }

    @Test func aMistypedScenarioIsAUsageError() throws {
        let typo = try GovernorBinary.run(["forecast", "--backtest", "disk-filing"])
        #expect(typo.status == 64)
        #expect(
            typo.standardError.contains(
                "--backtest \"disk-filing\" is neither a file nor a scenario (scenarios, normal,"))
        let both = try GovernorBinary.run(["forecast", "--backtest", "normal", "--history", "x.ndjson"])
        #expect(both.status == 64)
        #expect(both.standardError.contains("use --history for one pass or --backtest to score a replay, not both"))
    }

    @Test func helpHasExamples() throws {
        let outcome = try GovernorBinary.run(["forecast", "--help"])
        #expect(outcome.status == 0)
        #expect(outcome.standardOutput.contains("Examples:"))
        #expect(outcome.standardOutput.contains("governor forecast --backtest scenarios"))
    }
}
