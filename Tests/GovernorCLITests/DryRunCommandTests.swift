import Foundation
import Testing

@Suite struct DryRunCommandTests {
    static func run(_ arguments: [String]) throws -> GovernorBinary.Outcome {
        try GovernorBinary.run(["dry-run"] + arguments, in: GovernorBinary.packageRoot)
    }

    @Test func textShowsEachChangeAndWhatWouldBeSentToWhom() throws {
        let outcome = try Self.run(["--history", "examples/security-flood.load"])
        #expect(outcome.status == 0)
        #expect(outcome.standardError == "")
        let expected = """
            1970-01-01T01:30:00Z  SecurityAlertsSurge  firing  value=25  {component="security", severity="critical"}
              would notify log, telegram (firing)
                summary: 25 security alerts in the last hour
            1970-01-01T02:30:00Z  SecurityAlertsSurge  resolved  value=21  {component="security", severity="critical"}
              would notify log, telegram (resolved)
                summary: 21 security alerts in the last hour
            """
        #expect(outcome.standardOutput.contains(expected))
        #expect(outcome.standardOutput.hasPrefix("Replayed 1970-01-01T00:00:00Z to 1970-01-01T03:01:00Z every 10s: "))
    }

    @Test func fromToAndStepNarrowTheReplay() throws {
        let outcome = try Self.run([
            "--history", "examples/security-flood.load", "--from", "60m", "--to", "1970-01-01T02:00:00Z", "--step",
            "15m",
        ])
        #expect(outcome.status == 0)
        let lines = outcome.standardOutput.split(separator: "\n")
        // SecurityAlertsSurge has no `for`: pending and firing at one instant show as one firing line, as in
        // `governor run`.
        #expect(
            lines.first
                == "Replayed 1970-01-01T01:00:00Z to 1970-01-01T02:00:00Z every 15m: 1 state change, 1 notification.")
        #expect(lines.contains { $0.contains("SecurityAlertsSurge  firing") })
        #expect(!lines.contains { $0.contains("SecurityAlertsSurge  pending") })
        #expect(!outcome.standardOutput.contains("resolved"))
    }

    @Test func anAlertsPathThatIsNotARoutingConfigurationIsAnError() throws {
        let outcome = try Self.run([
            "--history", "examples/security-flood.load", "--alerts", "examples/http_requests.load",
        ])
        // A file that is not an alerting configuration is an error, reported with its place.
        #expect(outcome.status == 1)
        #expect(outcome.standardError.contains("examples/http_requests.load:"))
    }

    @Test func badTimesAreUsageErrors() throws {
        let outcome = try Self.run(["--history", "examples/security-flood.load", "--from", "yesterday", "--step", "0s"])
        #expect(outcome.status == 64)
        #expect(outcome.standardError.contains(#"--from "yesterday" is not a time"#))
        #expect(outcome.standardError.contains(#"--step "0s" is not a positive duration"#))
    }

    @Test func historyErrorsCarryFileLineAndColumn() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("governor-bad-\(getpid()).prom")
        try Data("up{job=\"api\"} 1 1700000000000\nup{job=\"api\"} 1\n".utf8).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let outcome = try Self.run(["--history", file.path])
        #expect(outcome.status == 1)
        #expect(
            outcome.standardError.hasPrefix("\(file.path):2:1: error: expected \"metric{labels} value timestamp_ms\""))
        let missing = try Self.run(["--history", "examples/none.load"])
        #expect(missing.status == 1)
        #expect(missing.standardError.hasPrefix("examples/none.load:1:1: error: could not read history"))
    }

    @Test func aRangeThatEndsBeforeItStartsIsRefused() throws {
        let outcome = try Self.run(["--history", "examples/security-flood.load", "--from", "2h", "--to", "1h"])
        #expect(outcome.status == 1)
        #expect(outcome.standardError == "error: the replay must start before it ends (from 7200000ms, to 3600000ms)\n")
    }
}
