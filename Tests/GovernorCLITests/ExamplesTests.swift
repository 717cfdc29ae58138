import Foundation
import Testing

/// The shipped examples, replayed through the shipped policies/ and alerts/: each default threshold fires at the
/// moment the example's data makes it cross, reaches the receivers alerts/ routes it to, and resolves on time.
@Suite struct ExamplesTests {
    struct Change: Equatable, CustomStringConvertible {
        var time: String
        var alert: String
        var state: String
        var description: String { "\(time) \(alert) \(state)" }
    }

    /// Runs `dry-run --format json` on an example from the package root, where policies/ and alerts/ live.
    static func replay(_ example: String) throws -> [String: Any] {
        let outcome = try GovernorBinary.run(
            ["dry-run", "--history", "examples/\(example)", "--format", "json"], in: GovernorBinary.packageRoot)
        #expect(outcome.status == 0, "\(outcome.standardError)")
        let object = try JSONSerialization.jsonObject(with: Data(outcome.standardOutput.utf8))
        return try #require(object as? [String: Any])
    }

    static func changes(_ report: [String: Any], alert: String) -> [Change] {
        (report["stateChanges"] as? [[String: Any]] ?? []).compactMap { change in
            guard change["alertname"] as? String == alert else { return nil }
            return Change(time: change["time"] as! String, alert: alert, state: change["state"] as! String)
        }
    }

    static func notifications(_ report: [String: Any], alert: String) -> [[String: Any]] {
        (report["notifications"] as? [[String: Any]] ?? []).filter { $0["alertname"] as? String == alert }
    }

    @Test func paymentOutageFiresFifteenMinutesAfterTheFirstFailingQuarterHour() throws {
        let report = try Self.replay("payment-outage.load")
        // 00:45 sees 50 failures in 1,550 payments (3.2%); 01:00 sees 150 in 1,650 (9.1%): pending, then `for: 15m`.
        #expect(
            Self.changes(report, alert: "PaymentFailureRateHigh") == [
                Change(time: "1970-01-01T01:00:00Z", alert: "PaymentFailureRateHigh", state: "pending"),
                Change(time: "1970-01-01T01:15:00Z", alert: "PaymentFailureRateHigh", state: "firing"),
                Change(time: "1970-01-01T01:45:00Z", alert: "PaymentFailureRateHigh", state: "resolved"),
            ])
        let sent = Self.notifications(report, alert: "PaymentFailureRateHigh")
        #expect(sent.map { $0["status"] as? String } == ["firing", "resolved"])
        #expect(sent.first?["receivers"] as? [String] == ["log", "telegram"])
        let annotations = try #require(sent.first?["annotations"] as? [String: String])
        #expect(annotations["summary"] == "9.091% of payments failed in the last 15 minutes")
    }

    @Test func securityFloodFiresWhenTheHourHoldsMoreThanTen() throws {
        let report = try Self.replay("security-flood.load")
        let changes = Self.changes(report, alert: "SecurityAlertsSurge").filter { $0.state != "forgotten" }
        // 01:15: exactly 10 in the hour (not more than 10). 01:30: 25. 02:15: 21. 02:30: 6.
        #expect(
            changes == [
                Change(time: "1970-01-01T01:30:00Z", alert: "SecurityAlertsSurge", state: "pending"),
                Change(time: "1970-01-01T01:30:00Z", alert: "SecurityAlertsSurge", state: "firing"),
                Change(time: "1970-01-01T02:30:00Z", alert: "SecurityAlertsSurge", state: "resolved"),
            ])
        let sent = Self.notifications(report, alert: "SecurityAlertsSurge")
        #expect(sent.first?["receivers"] as? [String] == ["log", "telegram"])
        #expect((sent.first?["annotations"] as? [String: String])?["summary"] == "25 security alerts in the last hour")
    }

    @Test func latencyRegressionBreachesTheP95Objective() throws {
        let report = try Self.replay("latency-regression.load")
        let breach = Self.changes(report, alert: "GovernanceBreach")
        // The regression starts at 01:00; the governance group runs on the quarter hour.
        #expect(breach.first == Change(time: "1970-01-01T01:15:00Z", alert: "GovernanceBreach", state: "pending"))
        #expect(breach.dropFirst().first?.state == "firing")
        let burn = Self.notifications(report, alert: "P95LatencyBurnRate")
        let severities = burn.map { ($0["labels"] as? [String: String])?["slo_severity"] }
        #expect(severities == ["ticket", "page"])
        #expect(burn.allSatisfy { ($0["timestampMs"] as? Int ?? 0) > 60 * 60_000 })
        #expect(burn.first?["receivers"] as? [String] == ["log", "telegram"])
    }

    @Test func availabilityBurnTicketsThenBreachesThenLowersCompliance() throws {
        let report = try Self.replay("availability-burn.load")
        let burn = Self.notifications(report, alert: "AvailabilityBurnRate")
        // 0.5% errors is 5x the 0.1% budget: above the ticket's 3x from the first evaluation, below the page's 6x.
        #expect((burn.first?["labels"] as? [String: String])?["slo_severity"] == "ticket")
        #expect(burn.first?["time"] as? String == "1970-01-01T00:01:00Z")
        // The page needs the 5m window over 14.4x: the first minute of the outage.
        #expect((burn.dropFirst().first?["labels"] as? [String: String])?["slo_severity"] == "page")
        #expect(burn.dropFirst().first?["time"] as? String == "1970-01-01T01:01:00Z")
        #expect(
            Self.changes(report, alert: "GovernanceBreach").first
                == Change(time: "1970-01-01T01:15:00Z", alert: "GovernanceBreach", state: "pending"))
        let compliance = Self.notifications(report, alert: "ComplianceIndexLow")
        // At 01:15 the period's SLI is about 0.823 (severity 17.7%), so the index is 100 - 0.4 × 5 × 17.7 = 64.7 < 70,
        // at the same governance tick as the breach.
        #expect(compliance.first?["time"] as? String == "1970-01-01T01:15:00Z")
        // While GovernanceBreach fires, alerts/ inhibits warnings with the same (absent) objective.
        #expect(compliance.first?["receivers"] as? [String] == [])
        let reasons = compliance.first?["suppressedBecause"] as? [String] ?? []
        #expect(reasons.first?.hasPrefix("inhibited by {alertname=\"GovernanceBreach\"") == true)
    }
}
