import Foundation
import Testing

/// The seed's governance alert text, built from a real history (examples/governance-breach.load) through the shipped
/// policies. The history is tuned so availability is exactly 12.5% and p95 latency 10% below target; with 5 points
/// lost per percent of severity and weights 0.4/0.2/0.1/0.3 the index is 0.4 × 37.5 + 0.2 × 50 + 0.1 × 100 +
/// 0.3 × 100 = 65.
@Suite struct ExamplesSeedAlertTests {
    static let example = "examples/governance-breach.load"

    @Test func governanceBreachFiresAtTheFirstQuarterHourWithTheWorstSeverity() throws {
        let report = try ExamplesTests.replay("governance-breach.load")
        let sent = ExamplesTests.notifications(report, alert: "GovernanceBreach")
        #expect(sent.first?["time"] as? String == "1970-01-01T00:15:00Z")
        #expect(sent.first?["receivers"] as? [String] == ["log", "telegram"])
        let annotations = try #require(sent.first?["annotations"] as? [String: String])
        #expect(annotations["summary"] == "SLO breach severity is 12.5%")
    }

    @Test func theComplianceIndexBehindTheTextIs65() throws {
        let outcome = try GovernorBinary.run(
            ["explain", "ComplianceIndexLow", "--at", "15m", "--history", Self.example], in: GovernorBinary.packageRoot)
        #expect(outcome.status == 0)
        let line = outcome.standardOutput.split(separator: "\n").first {
            $0.hasPrefix("    governor:compliance_index ")
        }
        let value = try #require(line?.split(separator: " ").dropFirst().first.flatMap { Double($0) })
        #expect(abs(value - 65) < 1e-9)
    }

    @Test func theDescriptionReadsLikeTheSeedAlert() throws {
        let report = try ExamplesTests.replay("governance-breach.load")
        let sent = ExamplesTests.notifications(report, alert: "GovernanceBreach")
        let description = (sent.first?["annotations"] as? [String: String])?["description"]
        #expect(
            description == """
                GOVERNANCE ALERT
                Status: BREACH
                Compliance Index: 65/100
                Breach Severity: 12.5%
                Breaches: availability, p95_latency
                """)
    }
}
