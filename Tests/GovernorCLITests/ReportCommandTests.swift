import Foundation
import Testing

/// `governor report` reads the replay options it shares with `dry-run` (`ReplayArguments`): the window reaches the
/// replay, and a bad time is reported together with the command's own problems.
@Suite struct ReportCommandTests {
    static func run(_ arguments: [String]) throws -> GovernorBinary.Outcome {
        try GovernorBinary.run(["report"] + arguments, in: GovernorBinary.packageRoot)
    }

    @Test func fromAndToNarrowTheReportedReplay() throws {
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("governor-report-\(UUID()).html")
        defer { try? FileManager.default.removeItem(at: out) }
        let outcome = try Self.run([
            "--history", "examples/security-flood.load", "--policies", "policies/", "--alerts", "alerts/", "--from",
            "60m", "--to", "1970-01-01T02:00:00Z", "--out", out.path,
        ])
        #expect(outcome.status == 0, "\(outcome.standardError)")
        #expect(outcome.standardOutput == "report written to \(out.path)\n")
        let html = try String(contentsOf: out, encoding: .utf8)
        #expect(html.contains("replayed from 1970-01-01T01:00:00Z to 1970-01-01T02:00:00Z every "))
    }

    @Test func badTimesAndAMissingOutputAreReportedTogether() throws {
        let outcome = try Self.run([
            "--history", "examples/security-flood.load", "--from", "yesterday", "--to", "never", "--out", "",
        ])
        #expect(outcome.status == 64)
        #expect(outcome.standardError.contains(#"--from "yesterday" is not a time"#))
        #expect(outcome.standardError.contains(#"--to "never" is not a time"#))
        #expect(outcome.standardError.contains("--out needs a file name, such as report.html"))
    }
}
