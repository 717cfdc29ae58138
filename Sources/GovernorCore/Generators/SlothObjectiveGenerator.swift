import GovernorQuery

/// Generates, for an objective read from a Sloth spec, exactly the rules Sloth v0.11 writes: the SLI error
/// ratio for every alert window (and the objective's whole period, derived from the 5m series), the metadata
/// series, and the page and ticket multi-window multi-burn-rate alerts, in Sloth's three groups.
///
/// Sloth's names and label conventions are kept so existing dashboards and alerts keep working unchanged.
/// `sloth_slo_info` carries `sloth_mode="cli-gen-prom"` and `sloth_version="governor"`, since Governor, not
/// the Sloth binary, generated it.
enum SlothObjectiveGenerator {
    static let windowLabel = "sloth_window"

    static func generate(_ objective: ServiceLevelObjective) -> GeneratedRules {
        switch templates(for: objective) {
        case .groups(let groups):
            return GeneratedRules.materialize(groups, origin: .slo(objective: objective.name), at: objective.location)
        case .inexpressible(let diagnostic):
            return GeneratedRules(diagnostics: [diagnostic])
        }
    }

    /// Sloth pairs its windows as page quick/slow and ticket quick/slow; anything else cannot be expressed.
    struct AlertWindows {
        var pageQuick: BurnRateWindow
        var pageSlow: BurnRateWindow
        var ticketQuick: BurnRateWindow
        var ticketSlow: BurnRateWindow

        var all: [BurnRateWindow] { [pageQuick, pageSlow, ticketQuick, ticketSlow] }
    }

    static func alertWindows(_ windows: [BurnRateWindow]) -> AlertWindows? {
        // The quick window of a pair burns faster, so it has the larger factor.
        let page = windows.filter { $0.severity == .page }.sorted { $0.factor > $1.factor }
        let ticket = windows.filter { $0.severity == .ticket }.sorted { $0.factor > $1.factor }
        guard page.count == 2, ticket.count == 2 else { return nil }
        return AlertWindows(pageQuick: page[0], pageSlow: page[1], ticketQuick: ticket[0], ticketSlow: ticket[1])
    }

    enum Templates {
        case groups([GroupTemplate])
        /// The objective uses something Sloth's rule shapes cannot express.
        case inexpressible(Diagnostic)
    }

    static func templates(for objective: ServiceLevelObjective) -> Templates {
        guard let windows = alertWindows(objective.alerting?.windows ?? BurnRateWindow.sreWorkbook30d) else {
            return .inexpressible(
                .error(
                    at: objective.location,
                    "Sloth objective '\(objective.name)' needs exactly two page and two ticket burn-rate windows",
                    hint: "remove the custom windows to use Sloth's 30-day defaults"))
        }
        let id = "\(objective.service)-\(objective.name)"
        let idLabels = ["sloth_id": id, "sloth_service": objective.service, "sloth_slo": objective.name]
        let filter = PromQLText.filter(idLabels)
        // Sloth specs state the objective as a percentage; Sloth's arithmetic starts from that number, so
        // recover it (0.999 * 100 is not exactly 99.9) to print the very same constants.
        let percent = (objective.target * 100 * 1e9).rounded() / 1e9

        var groups: [GroupTemplate] = [
            GroupTemplate(
                name: "sloth-slo-sli-recordings-\(id)",
                rules: sliRecordings(objective, windows: windows, idLabels: idLabels, filter: filter)),
            GroupTemplate(
                name: "sloth-slo-meta-recordings-\(id)",
                rules: metadataRecordings(
                    objective, percent: percent, shortWindow: windows.pageQuick.shortWindow, idLabels: idLabels,
                    filter: filter)),
        ]
        let alerts = alertRules(objective, windows: windows, percent: percent, filter: filter)
        if !alerts.isEmpty {
            groups.append(GroupTemplate(name: "sloth-slo-alerts-\(id)", rules: alerts))
        }
        return .groups(groups)
    }

    static func sliMetric(_ window: Int64) -> String {
        "slo:sli_error:ratio_rate\(PromQLText.window(window))"
    }

    private static func sliRecordings(
        _ objective: ServiceLevelObjective, windows: AlertWindows, idLabels: [String: String], filter: String
    ) -> [RuleTemplate] {
        let alertWindows = Set(windows.all.flatMap { [$0.shortWindow, $0.longWindow] }).sorted()
        var rules = alertWindows.map { window in
            let text = PromQLText.window(window)
            return RuleTemplate.record(
                sliMetric(window), errorRatioExpression(objective.indicator, window: text),
                labels: PromQLText.merge(idLabels, [windowLabel: text], objective.labels))
        }
        // The whole period is averaged from the short window's series rather than computed from raw data,
        // which would need the full period of every input in memory.
        let period = PromQLText.window(objective.window)
        let short = sliMetric(windows.pageQuick.shortWindow)
        rules.append(
            .record(
                sliMetric(objective.window),
                "sum_over_time(\(short)\(filter)[\(period)])\n/ ignoring (\(windowLabel))\n"
                    + "count_over_time(\(short)\(filter)[\(period)])\n",
                labels: [windowLabel: period]))
        return rules
    }

    static func errorRatioExpression(_ indicator: ServiceLevelIndicator, window: String) -> String {
        switch indicator {
        case .errorRatio(let errors, let total):
            "(\(errors.expression(window: window)))\n/\n(\(total.expression(window: window)))\n"
        case .goodRatio(let good, let total):
            "1 - (\n(\(good.expression(window: window)))\n/\n(\(total.expression(window: window)))\n)\n"
        case .rawErrorRatio(let query):
            "(\(query.expression(window: window)))"
        case .latency(let histogram, let selector, let threshold):
            LatencyIndicatorText.errorRatio(
                histogram: histogram, selector: selector, threshold: threshold, window: window)
        }
    }

    private static func metadataRecordings(
        _ objective: ServiceLevelObjective, percent: Double, shortWindow: Int64, idLabels: [String: String],
        filter: String
    ) -> [RuleTemplate] {
        let labels = PromQLText.merge(idLabels, objective.labels)
        let ratio = GoFloatFormat.general(percent / 100)
        let days = GoFloatFormat.general(Double(objective.window) / 86_400_000)
        func burnRate(_ metric: String) -> String {
            "\(metric)\(filter)\n/ on(sloth_id, sloth_slo, sloth_service) group_left\nslo:error_budget:ratio\(filter)\n"
        }
        let info = PromQLText.merge(
            labels,
            [
                "sloth_version": "governor", "sloth_mode": "cli-gen-prom", "sloth_spec": "prometheus/v1",
                "sloth_objective": PrometheusNumberFormat.string(percent),
            ])
        return [
            .record("slo:objective:ratio", "vector(\(ratio))", labels: labels),
            .record("slo:error_budget:ratio", "vector(1-\(ratio))", labels: labels),
            .record("slo:time_period:days", "vector(\(days))", labels: labels),
            .record("slo:current_burn_rate:ratio", burnRate(sliMetric(shortWindow)), labels: labels),
            .record("slo:period_burn_rate:ratio", burnRate(sliMetric(objective.window)), labels: labels),
            .record(
                "slo:period_error_budget_remaining:ratio", "1 - slo:period_burn_rate:ratio\(filter)", labels: labels),
            .record("sloth_slo_info", "vector(1)", labels: info),
        ]
    }

    private static func alertRules(
        _ objective: ServiceLevelObjective, windows: AlertWindows, percent: Double, filter: String
    ) -> [RuleTemplate] {
        guard let alerting = objective.alerting else { return [] }
        let budget = GoFloatFormat.general((100 - percent) / 100)
        let name = alerting.name ?? PromQLText.upperCamelCase(objective.name) + "BurnRate"
        func condition(_ window: Int64, _ factor: Double) -> String {
            "max(\(sliMetric(window))\(filter) > (\(GoFloatFormat.general(factor)) * \(budget))) without (\(windowLabel))"
        }
        func expression(quick: BurnRateWindow, slow: BurnRateWindow) -> String {
            """
            (
                \(condition(quick.shortWindow, quick.factor))
                and
                \(condition(quick.longWindow, quick.factor))
            )
            or
            (
                \(condition(slow.shortWindow, slow.factor))
                and
                \(condition(slow.longWindow, slow.factor))
            )

            """
        }
        func alert(
            _ severity: BurnRateSeverity, _ quick: BurnRateWindow, _ slow: BurnRateWindow, _ extra: [String: String]
        )
            -> RuleTemplate
        {
            let annotations = [
                "title":
                    "(\(severity.rawValue)) {{$labels.sloth_service}} {{$labels.sloth_slo}} SLO error budget burn rate is too fast.",
                "summary":
                    "{{$labels.sloth_service}} {{$labels.sloth_slo}} SLO error budget burn rate is over expected.",
            ]
            return .alert(
                name, expression(quick: quick, slow: slow),
                labels: PromQLText.merge(["sloth_severity": severity.rawValue], alerting.labels, extra),
                annotations: PromQLText.merge(annotations, alerting.annotations))
        }
        var rules: [RuleTemplate] = []
        if alerting.pageEnabled {
            rules.append(alert(.page, windows.pageQuick, windows.pageSlow, alerting.pageLabels))
        }
        if alerting.ticketEnabled {
            rules.append(alert(.ticket, windows.ticketQuick, windows.ticketSlow, alerting.ticketLabels))
        }
        return rules
    }
}
