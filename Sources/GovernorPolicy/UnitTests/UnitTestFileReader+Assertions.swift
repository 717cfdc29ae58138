import GovernorCore

/// Governor's assertions on generated series: `slo_test`, `compliance_test`, `breach_test` and `health_test`.
/// docs/testing.md documents them.
extension UnitTestFileReader {
    static let sloMeasures = ["sli", "error_budget_remaining", "burn_rate"]

    mutating func readAssertions(_ fields: MappingFields) -> [ValueAssertion] {
        var assertions: [ValueAssertion] = []
        for node in reader.list(fields["slo_test"], field: "slo_test") {
            let known = ["objective", "eval_time", "tolerance"] + Self.sloMeasures
            guard let item = reader.fields(of: node, "slo_test item", known: known, required: ["objective"]),
                let objective = reader.string(item["objective"], field: "objective")
            else { continue }
            let measures = Self.sloMeasures.filter { item.has($0) }
            guard measures.count == 1, let measure = measures.first, let measureNode = item[measure] else {
                reader.error(
                    node, "slo_test item needs exactly one of sli, error_budget_remaining or burn_rate",
                    hint: "e.g. sli: 0.999, or burn_rate: {window: 1h, value: 14.4}")
                continue
            }
            let subject: ValueAssertion.Subject
            let expected: Double?
            switch measure {
            case "sli":
                subject = .sli(objective: objective)
                expected = number(measureNode, field: "sli")
            case "error_budget_remaining":
                subject = .errorBudgetRemaining(objective: objective)
                expected = number(measureNode, field: "error_budget_remaining")
            default:
                guard
                    let burn = reader.fields(
                        of: measureNode, "burn_rate", known: ["window", "value"], required: ["window", "value"]),
                    let window = reader.string(burn["window"], field: "window")
                else { continue }
                subject = .burnRate(objective: objective, window: window)
                expected = number(burn["value"], field: "value")
            }
            guard let expected else { continue }
            assertions.append(assertion(subject, expected, item))
        }
        for node in reader.list(fields["compliance_test"], field: "compliance_test") {
            let known = ["eval_time", "value", "tolerance"]
            guard let item = reader.fields(of: node, "compliance_test item", known: known, required: ["value"]),
                let value = number(item["value"], field: "value")
            else { continue }
            assertions.append(assertion(.complianceIndex, value, item))
        }
        for node in reader.list(fields["breach_test"], field: "breach_test") {
            let known = ["eval_time", "objective", "value", "tolerance"]
            guard let item = reader.fields(of: node, "breach_test item", known: known, required: ["value"]),
                let value = number(item["value"], field: "value")
            else { continue }
            let objective = reader.string(item["objective"], field: "objective")
            assertions.append(assertion(.breachSeverity(objective: objective), value, item))
        }
        for node in reader.list(fields["health_test"], field: "health_test") {
            guard
                let item = reader.fields(
                    of: node, "health_test item", known: ["eval_time", "component", "health"], required: ["health"]),
                let levelNode = item["health"], let level = reader.string(levelNode, field: "health")
            else { continue }
            guard let value = ValueAssertion.healthLevels.firstIndex(of: level) else {
                reader.error(
                    levelNode, "unknown health '\(level)'",
                    hint: "use one of: \(ValueAssertion.healthLevels.joined(separator: ", "))")
                continue
            }
            let component = reader.string(item["component"], field: "component")
            assertions.append(assertion(.health(component: component), Double(value), item))
        }
        return assertions
    }

    private mutating func assertion(_ subject: ValueAssertion.Subject, _ expected: Double, _ item: MappingFields)
        -> ValueAssertion
    {
        let evalTime = reader.duration(item["eval_time"], field: "eval_time") ?? 0
        let tolerance = number(item["tolerance"], field: "tolerance") ?? 0
        if tolerance < 0, let node = item["tolerance"] { reader.error(node, "tolerance must not be negative") }
        return ValueAssertion(subject: subject, evalTime: evalTime, expected: expected, tolerance: tolerance)
    }
}
