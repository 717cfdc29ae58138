import Foundation
import Testing

@Suite struct HelpTests {
    @Test func rootHelpLeadsWithTheThreeUses() throws {
        let outcome = try GovernorBinary.run(["--help"])
        #expect(outcome.status == 0)
        let help = outcome.standardOutput
        let check = try #require(help.range(of: "governor check"))
        let dryRun = try #require(help.range(of: "governor dry-run --history"))
        let run = try #require(help.range(of: "governor run --simulate payment-outage"))
        #expect(check.lowerBound < dryRun.lowerBound && dryRun.lowerBound < run.lowerBound)
        #expect(help.contains("conformance"))
    }

    @Test func versionSaysWhatWasBuilt() throws {
        let outcome = try GovernorBinary.run(["--version"])
        #expect(outcome.status == 0)
        #expect(outcome.standardOutput.hasPrefix("governor 0."))
        #expect(outcome.standardOutput.contains(" build, Swift "))
    }

    @Test(arguments: [
        ["eval", "--help"], ["conformance", "promql", "--help"], ["conformance", "--help"], ["run", "--help"],
        ["governance", "--help"], ["simulate", "--help"], ["console", "--help"],
    ])
    func everyCommandHasExamples(arguments: [String]) throws {
        let outcome = try GovernorBinary.run(arguments)
        #expect(outcome.status == 0)
        #expect(outcome.standardOutput.contains("Example"))
    }

    /// `report` and `dry-run` declare their shared replay options once (`ReplayArguments`); their help is pinned to
    /// what it was when each declared them itself, so every flag, default and word a user reads stayed the same.
    @Test(arguments: ["report", "dry-run"]) func theReplayCommandsHelpIsWhatItWasBeforeTheySharedTheirOptions(
        command: String
    ) throws {
        let outcome = try GovernorBinary.run([command, "--help"], environment: ["COLUMNS": "80"])
        #expect(outcome.status == 0)
        let expected = try String(contentsOfFile: GovernorBinary.fixture("help/\(command).txt"), encoding: .utf8)
        #expect(outcome.standardOutput == expected)
    }

    @Test func unknownCommandIsAUsageError() throws {
        let outcome = try GovernorBinary.run(["frobnicate"])
        #expect(outcome.status == 64)
        #expect(outcome.standardError.contains("frobnicate"))
    }
}
