import Foundation
import GovernorCore
import GovernorPolicy
import Testing

/// The defaults in policies/ are what a new user starts from: they must check clean and say what they promise.
@Suite struct ShippedPoliciesTests {
    let result = PolicyLoader().load(paths: [TestPaths.packageRoot.appendingPathComponent("policies").path])

    @Test func checkClean() {
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics.map(\.description))")
    }

    @Test func compileClean() {
        let compiled = PolicyCompiler().compile(result.policySet)
        #expect(compiled.diagnostics.isEmpty, "\(compiled.diagnostics.map(\.description))")
    }

    @Test func theFourObjectivesFeedTheirComponents() {
        let components = Dictionary(uniqueKeysWithValues: result.policySet.objectives.map { ($0.name, $0.component) })
        #expect(
            components == [
                "availability": "slo", "p95_latency": "slo", "webhook_success": "automation",
                "payment_success": "finance",
            ])
        #expect(Set(result.policySet.compliance?.weights.map(\.objective) ?? []) == Set(components.keys))
    }

    @Test func governanceRunsEveryFifteenMinutesWithItsFourAlerts() throws {
        let governance = try #require(result.policySet.groups.first { $0.name == "governance" })
        #expect(governance.schedule == .cron("*/15 * * * *"))
        #expect(
            governance.rules.map(\.kind.name) == [
                "GovernanceBreach", "ComplianceIndexLow", "PaymentFailureRateHigh", "SecurityAlertsSurge",
            ])
        let breach = try #require(governance.rules.first)
        #expect(breach.expr.text == "governor:breach_severity:max_percent > 10")
        #expect(
            breach.annotations["description"]?.hasPrefix("GOVERNANCE ALERT\nStatus: BREACH\nCompliance Index: ") == true
        )
    }

    @Test func telemetryHealthRunsEveryTenSeconds() throws {
        let telemetry = try #require(result.policySet.groups.first { $0.name == "telemetry-health" })
        #expect(telemetry.schedule == .interval(10_000))
    }

    @Test func theForecastIsHourly() throws {
        let forecast = try #require(result.policySet.forecasts.first)
        #expect(forecast.schedule == .interval(3_600_000))
        #expect(forecast.outputs == ["governor:forecast_risk:level"])
    }
}

/// The breach alert's description renders the seed's governance text through Governor's own template engine.
@Suite struct ShippedBreachTextTests {
    @Test func breachDescriptionRendersTheSeedText() throws {
        let result = PolicyLoader().load(paths: [TestPaths.packageRoot.appendingPathComponent("policies").path])
        let governance = try #require(result.policySet.groups.first { $0.name == "governance" })
        let breach = try #require(governance.rules.first { $0.kind.name == "GovernanceBreach" })
        let description = try #require(breach.annotations["description"])
        let answers: [String: [TemplateSample]] = [
            "governor:compliance_index": [TemplateSample(labels: [:], value: 65.2)],
            "governor:breach_severity:percent > 0": [
                TemplateSample(labels: ["objective": "availability"], value: 12.5),
                TemplateSample(labels: ["objective": "p95_latency"], value: 4),
            ],
        ]
        let data = TemplateData(
            labels: [:], value: 12.5,
            query: { expression in
                guard let samples = answers[expression] else { throw UnexpectedQuery(expression: expression) }
                return samples
            })
        let text = try AlertTemplate(description).render(data)
        #expect(
            text == """
                GOVERNANCE ALERT
                Status: BREACH
                Compliance Index: 65/100
                Breach Severity: 12.5%
                Breaches: availability, p95_latency
                """)
    }
}

private struct UnexpectedQuery: Error {
    var expression: String
}
