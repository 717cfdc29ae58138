import GovernorQuery

/// Generates the governance series: breach severity, the compliance index and component health, plus the
/// optional alerts on them. docs/governance-math.md explains the formulas for users.
///
/// - Breach severity of an objective, in percent: `max(0, (target - SLI) / target) × 100`, where SLI is the
///   good-event ratio over the objective's period. 0 means the objective is met; 100 means nothing was good.
///   Series `governor:breach_severity:percent{objective, service, component}`; the overall
///   `governor:breach_severity:max_percent` is the maximum over objectives.
/// - Compliance score of an objective: `max(0, 100 - penalty × severity%)` with `penalty` points per percent
///   (5 by default), `governor:compliance_index:score{objective}`.
/// - Compliance index: `Σ wᵢ·scoreᵢ / Σ wᵢ` over the declared weights (every objective weighs 1 when no
///   weights are declared), `governor:compliance_index`. It is absent while any weighted score is absent.
/// - Component health: the maximum severity of the component's objectives, 0 (green) when at most
///   `yellowAbove`, 1 (yellow) when at most `redAbove`, else 2 (red); a component without objectives is
///   green. `governor:component_health{component}`, and `governor:health` is the worst component.
enum GovernanceGenerator {
    static let groupName = "governor-governance"

    static func penalty(_ set: PolicySet) -> Double {
        set.compliance?.penaltyPerPercent ?? ComplianceIndexDefinition.defaultPenaltyPerPercent
    }

    static func generate(_ set: PolicySet) -> GeneratedRules {
        guard let location = governanceLocation(set) else { return GeneratedRules() }
        var diagnostics: [Diagnostic] = []
        var rules: [RuleTemplate] = set.objectives.map(breachSeverity)
        rules += [
            .record("governor:breach_severity:max_percent", "max(governor:breach_severity:percent)"),
            .record(
                "governor:compliance_index:score",
                "clamp_min(100 - \(GoFloatFormat.general(penalty(set))) * governor:breach_severity:percent, 0)"),
        ]
        if let index = complianceIndex(set, diagnostics: &diagnostics) { rules.append(index) }
        let health = set.health ?? HealthDefinition(location: location)
        rules += health.components.map { component in componentHealth(component, health) }
        rules.append(.record("governor:health", "max(governor:component_health)"))
        if let below = set.compliance?.alertBelow {
            rules.append(
                .alert(
                    "GovernorComplianceBelowThreshold", "governor:compliance_index < \(GoFloatFormat.general(below))",
                    labels: ["component": "governance"],
                    annotations: ["summary": "Compliance index {{ $value }} is below \(GoFloatFormat.general(below))."]
                ))
        }
        if let above = set.breach?.alertAbove {
            rules.append(
                .alert(
                    "GovernorBreachSeverityHigh",
                    "governor:breach_severity:max_percent > \(GoFloatFormat.general(above))",
                    labels: ["component": "governance"],
                    annotations: ["summary": "Breach severity {{ $value }}% is above \(GoFloatFormat.general(above))%."]
                ))
        }
        var generated = GeneratedRules.materialize(
            [GroupTemplate(name: groupName, rules: rules)], origin: .governance, at: location)
        generated.diagnostics += diagnostics
        return generated
    }

    /// Governance exists once there is something to govern or a governance section was written.
    private static func governanceLocation(_ set: PolicySet) -> SourceLocation? {
        set.compliance?.location ?? set.breach?.location ?? set.health?.location ?? set.objectives.first?.location
    }

    /// The SLI over the objective's period, whichever dialect generated the objective's series.
    static func sliExpression(_ objective: ServiceLevelObjective) -> String {
        switch objective.dialect {
        case .governor:
            return "slo:sli:ratio\(GovernorObjectiveGenerator.filter(objective))"
        case .sloth:
            let filter = PromQLText.filter([
                "sloth_id": "\(objective.service)-\(objective.name)", "sloth_service": objective.service,
                "sloth_slo": objective.name,
            ])
            return "1 - sum without (sloth_window) (\(SlothObjectiveGenerator.sliMetric(objective.window))\(filter))"
        }
    }

    private static func breachSeverity(_ objective: ServiceLevelObjective) -> RuleTemplate {
        let target = GoFloatFormat.general(objective.target)
        return .record(
            "governor:breach_severity:percent",
            "clamp_min((\(target) - (\(sliExpression(objective)))) / \(target), 0) * 100",
            labels: [
                "objective": objective.name, "service": objective.service, "component": objective.component ?? "slo",
            ])
    }

    private static func complianceIndex(_ set: PolicySet, diagnostics: inout [Diagnostic]) -> RuleTemplate? {
        let known = Set(set.objectives.map(\.name))
        var weights: [(objective: String, weight: Double)] = []
        if let compliance = set.compliance {
            for weight in compliance.weights {
                guard known.contains(weight.objective) else {
                    diagnostics.append(
                        .error(
                            at: weight.location, "compliance weight names unknown objective '\(weight.objective)'",
                            hint: known.isEmpty ? nil : "known objectives: \(known.sorted().joined(separator: ", "))"))
                    continue
                }
                guard weight.weight >= 0, weight.weight.isFinite else {
                    diagnostics.append(
                        .error(
                            at: weight.location,
                            "compliance weight of '\(weight.objective)' must be a non-negative number"))
                    continue
                }
                if weight.weight > 0 { weights.append((weight.objective, weight.weight)) }
            }
            if weights.isEmpty && !compliance.weights.isEmpty && diagnostics.isEmpty {
                diagnostics.append(.error(at: compliance.location, "compliance weights must not all be zero"))
            }
        } else {
            var seen = Set<String>()
            weights = set.objectives.compactMap { seen.insert($0.name).inserted ? ($0.name, 1) : nil }
        }
        guard !weights.isEmpty else { return nil }
        let total = weights.reduce(0) { $0 + $1.weight }
        let terms = weights.map { entry in
            "\(GoFloatFormat.general(entry.weight)) * sum(governor:compliance_index:score{objective=\(quoted(entry.objective))})"
        }
        return .record(
            "governor:compliance_index", "(\(terms.joined(separator: " + "))) / \(GoFloatFormat.general(total))")
    }

    private static func componentHealth(_ component: String, _ health: HealthDefinition) -> RuleTemplate {
        let severity = "max(governor:breach_severity:percent{component=\(quoted(component))})"
        let yellow = GoFloatFormat.general(health.yellowAbove)
        let red = GoFloatFormat.general(health.redAbove)
        return .record(
            "governor:component_health", "((\(severity) > bool \(yellow)) + (\(severity) > bool \(red))) or vector(0)",
            labels: ["component": component])
    }

    private static func quoted(_ value: String) -> String { quotedLabelValue(value) }
}
