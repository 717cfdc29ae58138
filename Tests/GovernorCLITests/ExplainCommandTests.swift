import Foundation
import Testing

@Suite struct ExplainCommandTests {
    static func run(_ arguments: [String]) throws -> GovernorBinary.Outcome {
        try GovernorBinary.run(["explain"] + arguments, in: GovernorBinary.packageRoot)
    }

    @Test func pendingAlertShowsThresholdTimerAndPath() throws {
        let outcome = try Self.run([
            "PaymentFailureRateHigh", "--at", "70m", "--history", "examples/payment-outage.load",
        ])
        #expect(outcome.status == 0)
        let text = outcome.standardOutput
        #expect(text.hasPrefix("PaymentFailureRateHigh at 1970-01-01T01:10:00Z: pending\n"))
        // The quarter-hourly group last ran at 01:00, when 150 of 1,650 payments had failed.
        #expect(text.contains("(group governance, last evaluated 1970-01-01T01:00:00Z)"))
        #expect(
            text.contains(
                "  threshold: sum(rate(payments_total{status=\"failed\"}[15m])) / sum(rate(payments_total[15m])) > 0.05\n    {} 0.0909090909090909  → holds"
            ))
        #expect(text.contains("  for: 15m  keep_firing_for: 0s  clear: none"))
        #expect(
            text.contains(
                "instance {component=\"finance\", severity=\"critical\"}: pending, active since 1970-01-01T01:00:00Z, "
                    + "fires at 1970-01-01T01:15:00Z if it still holds"))
        #expect(text.contains("    source payments_total\n      payments_total{status=\"failed\"} 300\n"))
    }

    @Test func firingAlertWithHysteresisSaysWhetherItCanClear() throws {
        let outcome = try Self.run(["GovernanceBreach", "--at", "75m", "--history", "examples/availability-burn.load"])
        #expect(outcome.status == 0)
        #expect(outcome.standardOutput.hasPrefix("GovernanceBreach at 1970-01-01T01:15:00Z: firing\n"))
        #expect(outcome.standardOutput.contains("clear: governor:breach_severity:max_percent < 8"))
        #expect(outcome.standardOutput.contains("clear condition does not hold"))
        #expect(
            outcome.standardOutput.contains("    recording governor:breach_severity:max_percent [governor-governance]"))
    }

    @Test func anInactiveAlertBeforeItsConditionHolds() throws {
        let outcome = try Self.run(["SecurityAlertsSurge", "--at", "75m", "--history", "examples/security-flood.load"])
        #expect(outcome.status == 0)
        #expect(outcome.standardOutput.hasPrefix("SecurityAlertsSurge at 1970-01-01T01:15:00Z: inactive\n"))
        // Exactly 10 in the hour: the comparison is strict.
        #expect(outcome.standardOutput.contains("    {} 10  → does not hold"))
        #expect(outcome.standardOutput.contains("  instances: none"))
    }

    @Test func anUnknownAlertIsAnError() throws {
        let outcome = try Self.run(["NoSuchAlert", "--at", "1h", "--history", "examples/security-flood.load"])
        #expect(outcome.status == 1)
        #expect(outcome.standardError.hasPrefix("error: no alerting rule named NoSuchAlert; the policies define "))
        #expect(outcome.standardError.contains("GovernanceBreach"))
    }
}

extension ExplainCommandTests {
    /// Burn-rate alerts have a page and a ticket rule of the same name: both are explained.
    @Test func everyRuleOfTheNameIsExplained() throws {
        let outcome = try Self.run([
            "AvailabilityBurnRate", "--at", "30m", "--history", "examples/availability-burn.load",
        ])
        #expect(outcome.status == 0)
        let headers = outcome.standardOutput.split(separator: "\n").filter { $0.hasPrefix("AvailabilityBurnRate at ") }
        // 0.5% errors: the ticket (3x budget) fires from 00:01, the page (6x, 14.4x) never does before the outage.
        #expect(
            headers == [
                "AvailabilityBurnRate at 1970-01-01T00:30:00Z: inactive",
                "AvailabilityBurnRate at 1970-01-01T00:30:00Z: firing",
            ])
        #expect(
            outcome.standardOutput.contains(
                "threshold: none; the alert holds wherever the whole expression returns a result"))
    }
}
