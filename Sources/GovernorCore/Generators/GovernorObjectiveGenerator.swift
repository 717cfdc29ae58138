import GovernorQuery

/// Generates a Governor objective's series and burn-rate alerts.
///
/// Series, all labelled `service`, `objective`, `component` (default `slo`) and the objective's labels:
/// - `slo:sli_error:ratio_rate<w>{window="<w>"}` for 5m and every window the burn-rate alerts use, and for
///   the objective's period (averaged from the 5m series, as Sloth does, so no input needs 30 days of history);
/// - `slo:objective:ratio`, `slo:error_budget:ratio` (1 - target);
/// - `slo:sli:ratio`: 1 - the error ratio over the period;
/// - `slo:error_budget_remaining:ratio`: 1 - (1 - SLI) / budget;
/// - `slo:burn_rate:ratio{window="<w>"}`: the error ratio over `w` divided by the budget.
/// Alerts: one page and one ticket alert, each the `or` of its windows' `long and short` conditions.
enum GovernorObjectiveGenerator {
    static let windowLabel = "window"
    /// The shortest window, always generated: `hold_last` and the period average read it.
    static let baseWindow: Int64 = 5 * 60_000

    static func groupName(_ objective: ServiceLevelObjective) -> String {
        "governor-slo-\(objective.service)-\(objective.name)"
    }

    static func identityLabels(_ objective: ServiceLevelObjective) -> [String: String] {
        PromQLText.merge(
            objective.labels,
            ["service": objective.service, "objective": objective.name, "component": objective.component ?? "slo"])
    }

    static func filter(_ objective: ServiceLevelObjective) -> String {
        PromQLText.filter(["service": objective.service, "objective": objective.name])
    }

    static func sliMetric(_ window: Int64) -> String { "slo:sli_error:ratio_rate\(PromQLText.window(window))" }

    static func generate(_ objective: ServiceLevelObjective) -> GeneratedRules {
        GeneratedRules.materialize(
            [GroupTemplate(name: groupName(objective), rules: templates(for: objective))],
            origin: .slo(objective: objective.name), at: objective.location)
    }

    static func templates(for objective: ServiceLevelObjective) -> [RuleTemplate] {
        let identity = identityLabels(objective)
        let filter = filter(objective)
        let budget = GoFloatFormat.general(objective.errorBudget)
        let alertWindows = objective.alerting?.windows ?? []
        let windows = Set(alertWindows.flatMap { [$0.shortWindow, $0.longWindow] } + [baseWindow])
            .filter { $0 != objective.window }.sorted()
        let period = PromQLText.window(objective.window)
        let fallback = "last_over_time(\(sliMetric(baseWindow))\(filter)[\(period)])"

        var rules = windows.map { window in
            let text = PromQLText.window(window)
            return RuleTemplate.record(
                sliMetric(window),
                ErrorRatioText.expression(
                    objective.indicator, window: text, noTraffic: objective.noTraffic,
                    fallback: window == baseWindow ? nil : fallback),
                labels: PromQLText.merge(identity, [windowLabel: text]))
        }
        let base = sliMetric(baseWindow)
        rules.append(
            .record(
                sliMetric(objective.window),
                "sum_over_time(\(base)\(filter)[\(period)])\n/ ignoring (\(windowLabel))\n"
                    + "count_over_time(\(base)\(filter)[\(period)])",
                labels: PromQLText.merge(identity, [windowLabel: period])))
        rules += [
            .record("slo:objective:ratio", "vector(\(GoFloatFormat.general(objective.target)))", labels: identity),
            .record("slo:error_budget:ratio", "vector(\(budget))", labels: identity),
            .record(
                "slo:sli:ratio", "1 - sum without (\(windowLabel)) (\(sliMetric(objective.window))\(filter))",
                labels: identity),
            .record(
                "slo:error_budget_remaining:ratio", "1 - (1 - slo:sli:ratio\(filter)) / \(budget)", labels: identity),
        ]
        rules += windows.map { window in
            .record(
                "slo:burn_rate:ratio", "\(sliMetric(window))\(filter) / \(budget)",
                labels: PromQLText.merge(identity, [windowLabel: PromQLText.window(window)]))
        }
        if let alerting = objective.alerting {
            rules += alerts(objective, alerting: alerting, filter: filter, budget: budget)
        }
        return rules
    }

    private static func alerts(
        _ objective: ServiceLevelObjective, alerting: BurnRateAlerting, filter: String, budget: String
    ) -> [RuleTemplate] {
        let name = alerting.name ?? PromQLText.upperCamelCase(objective.name) + "BurnRate"
        func condition(_ window: Int64, _ factor: Double) -> String {
            "max(\(sliMetric(window))\(filter) > (\(GoFloatFormat.general(factor)) * \(budget))) without (\(windowLabel))"
        }
        func alert(_ severity: BurnRateSeverity, enabled: Bool, labels: [String: String]) -> RuleTemplate? {
            let windows = alerting.windows.filter { $0.severity == severity }
            guard enabled, !windows.isEmpty else { return nil }
            let expression = windows.map { window in
                "(\n    \(condition(window.longWindow, window.factor))\n    and\n"
                    + "    \(condition(window.shortWindow, window.factor))\n)"
            }.joined(separator: "\nor\n")
            let summary =
                "{{$labels.service}} {{$labels.objective}} is burning its error budget too fast (\(severity.rawValue))."
            return .alert(
                name, expression,
                labels: PromQLText.merge(alerting.labels, labels, ["slo_severity": severity.rawValue]),
                annotations: PromQLText.merge(["summary": summary], alerting.annotations))
        }
        return [
            alert(.page, enabled: alerting.pageEnabled, labels: alerting.pageLabels),
            alert(.ticket, enabled: alerting.ticketEnabled, labels: alerting.ticketLabels),
        ].compactMap { $0 }
    }
}
