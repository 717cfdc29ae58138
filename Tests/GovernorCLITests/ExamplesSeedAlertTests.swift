import Foundation
import Testing

/// The seed's governance alert text, built from a real history (examples/governance-breach.load) through the shipped
/// policies. The history is tuned so availability is exactly 12.5% and p95 latency 10% below target.
///
/// The seed's own numbers (index 65 with a worst breach of 12.5%) cannot both come out of governance.yaml: every
/// score is at least 100 - 12.5, so the weighted index is at least 87.5. With these breaches the index is
/// 100 - 0.4 × 12.5 - 0.2 × 10 = 93.
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

    @Test func theComplianceIndexBehindTheTextIs93() throws {
        let outcome = try GovernorBinary.run(
            ["explain", "ComplianceIndexLow", "--at", "15m", "--history", Self.example], in: GovernorBinary.packageRoot)
        #expect(outcome.status == 0)
        let line = outcome.standardOutput.split(separator: "\n").first {
            $0.hasPrefix("    governor:compliance_index ")
        }
        let value = try #require(line?.split(separator: " ").dropFirst().first.flatMap { Double($0) })
        #expect(abs(value - 93) < 1e-9)
    }

    /// Fails until AlertTemplate supports `query`, `with`, `range`, `if`, `first` and `value`, which the shipped
    /// description uses; then the known issue stops being recorded and this test asks to be unwrapped.
    @Test func theDescriptionReadsLikeTheSeedAlert() throws {
        let report = try ExamplesTests.replay("governance-breach.load")
        let sent = ExamplesTests.notifications(report, alert: "GovernanceBreach")
        let description = (sent.first?["annotations"] as? [String: String])?["description"]
        withKnownIssue("AlertTemplate cannot run query/with/range yet") {
            #expect(
                description == """
                    GOVERNANCE ALERT
                    Status: BREACH
                    Compliance Index: 93/100
                    Breach Severity: 12.5%
                    Breaches: availability, p95_latency
                    """)
        }
    }
}
