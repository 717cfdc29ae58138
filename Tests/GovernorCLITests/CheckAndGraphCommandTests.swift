import Foundation
import Testing

@Suite struct CheckAndGraphCommandTests {
    @Test func shippedPoliciesCheckCleanAndCompile() throws {
        let outcome = try GovernorBinary.run(["check", "--alerts", "none"], in: GovernorBinary.packageRoot)
        #expect(outcome.status == 0, "\(outcome.standardOutput)")
        let summary = try #require(outcome.standardOutput.split(separator: "\n").last)
        #expect(summary.contains("4 objectives (compiled: "))
        #expect(summary.hasSuffix("; 0 errors, 0 warnings"))
    }

    @Test func cycleIsReportedWithItsWholePathAndFailsTheCheck() throws {
        let outcome = try GovernorBinary.run(["check", GovernorBinary.fixture("graph/cycle.yml"), "--alerts", "none"])
        #expect(outcome.status == 1)
        #expect(outcome.standardOutput.contains("cycle"))
        #expect(outcome.standardOutput.contains("a:sum"))
        #expect(outcome.standardOutput.contains("b:sum"))
    }

    @Test func jsonSummaryCarriesTheGraphSize() throws {
        let outcome = try GovernorBinary.run([
            "check", GovernorBinary.fixture("graph/chain.yml"), "--alerts", "none", "--format", "json",
        ])
        #expect(outcome.status == 0)
        let object = try #require(
            try JSONSerialization.jsonObject(with: Data(outcome.standardOutput.utf8)) as? [String: Any])
        let summary = try #require(object["summary"] as? [String: Any])
        // One source series, one recording rule, one alert; two edges between them.
        #expect(summary["nodes"] as? Int == 3)
        #expect(summary["edges"] as? Int == 2)
    }

    @Test(arguments: [("text", "job:requests:rate5m"), ("dot", "digraph"), ("mermaid", "flowchart")])
    func graphPrintsEachFormat(format: String, marker: String) throws {
        let outcome = try GovernorBinary.run(["graph", GovernorBinary.fixture("graph/chain.yml"), "--format", format])
        #expect(outcome.status == 0)
        #expect(outcome.standardOutput.contains(marker))
        #expect(outcome.standardOutput.contains("RequestsStopped"))
    }

    @Test func graphRefusesPoliciesWithErrors() throws {
        let outcome = try GovernorBinary.run(["graph", GovernorBinary.fixture("graph/cycle.yml")])
        #expect(outcome.status == 1)
        #expect(outcome.standardError.contains("error:"))
        #expect(outcome.standardOutput.isEmpty)
    }
}
