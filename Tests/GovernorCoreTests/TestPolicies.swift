import GovernorCore
import GovernorQuery

/// Builders for policies in tests; every location is in `test.yaml` at the given line.
enum TestPolicies {
    static func at(_ line: Int) -> SourceLocation { SourceLocation(file: "test.yaml", line: line, column: 3) }

    static func expression(_ text: String, line: Int) throws -> PolicyExpression {
        PolicyExpression(
            text: text, expr: try Parser.parse(text),
            location: SourceLocation(file: "test.yaml", line: line, column: 11))
    }

    static func record(_ name: String, _ text: String, line: Int, labels: [String: String] = [:]) throws
        -> RuleDefinition
    {
        RuleDefinition(kind: .record(name), expr: try expression(text, line: line), labels: labels, location: at(line))
    }

    static func alert(_ name: String, _ text: String, line: Int, labels: [String: String] = [:]) throws
        -> RuleDefinition
    {
        RuleDefinition(kind: .alert(name), expr: try expression(text, line: line), labels: labels, location: at(line))
    }

    static func group(_ name: String, line: Int = 1, _ rules: [RuleDefinition]) -> RuleGroupDefinition {
        RuleGroupDefinition(name: name, schedule: nil, rules: rules, location: at(line))
    }

    static let day: Int64 = 86_400_000

    /// Sloth's own integration fixture `in-base.yaml`, slo1: service svc01, objective 99.9, events SLI.
    static func slothBase() -> ServiceLevelObjective {
        ServiceLevelObjective(
            service: "svc01", name: "slo1", target: 0.999, window: 30 * day,
            indicator: .errorRatio(
                errors: WindowedQuery(
                    template:
                        #"sum(rate(http_request_duration_seconds_count{job="myservice",code=~"(5..|429)"}[{{.window}}]))"#,
                    location: at(10)),
                total: WindowedQuery(
                    template: #"sum(rate(http_request_duration_seconds_count{job="myservice"}[{{.window}}]))"#,
                    location: at(11))),
            alerting: BurnRateAlerting(
                name: "myServiceAlert", labels: ["alert01k1": "alert01v1"], annotations: ["alert02k1": "alert02k2"],
                pageLabels: ["alert03k1": "alert03v1"], ticketLabels: ["alert04k1": "alert04v1"]),
            labels: ["global01k1": "global01v1", "global02k1": "global02v1"], dialect: .sloth, location: at(5))
    }

    static func availability(noTraffic: NoTrafficRule = .good, component: String = "slo") -> ServiceLevelObjective {
        ServiceLevelObjective(
            service: "api", name: "availability", component: component, target: 0.999,
            indicator: .errorRatio(
                errors: WindowedQuery(
                    template: #"sum(rate(http_requests_total{code=~"5.."}[{{.window}}]))"#, location: at(20)),
                total: WindowedQuery(template: "sum(rate(http_requests_total[{{.window}}]))", location: at(21))),
            noTraffic: noTraffic, location: at(18))
    }
}
