import Foundation
import GovernorCharts
import GovernorDaemon
import GovernorQuery

extension DashboardView {
    static func systemCard(_ components: TelemetryReport.Components, overall: TelemetryReport, trends: TrendReader)
        -> Card
    {
        let system = components.system
        let scheduler = components.scheduler
        return Card(
            id: "system", title: "System health", status: Status(worst(system.status, scheduler.status)),
            reasons: reasons(
                ("system", system.status, system.reasons), ("scheduler", scheduler.status, scheduler.reasons)),
            rows: [
                row(
                    "overall", "Overall health", "\(Status(overall.overallHealth).text) (\(overall.autonomy.rawValue))",
                    status: Status(overall.overallHealth)),
                row("heartbeat", "Scheduler heartbeat", scheduler.heartbeat ?? "not yet"),
                row("cpu", "CPU", number(system.cpuPercent, unit: "%")),
                row("memory", "Memory", number(system.memoryPercent, unit: "%")),
                row("disk", "Disk", number(system.diskPercent, unit: "%")),
                row("uptime", "Uptime", ChartTime.span(Int64(scheduler.uptimeSeconds * 1_000))),
                row("pid", "Process", "pid \(scheduler.pid)"),
            ], tables: [],
            sparkline: spark(
                "system", "CPU use, percent",
                trends.points("100 * (1 - avg(rate(node_cpu_seconds_total{mode=\"idle\"}[1m])))"), values: 0...100),
            charts: [])
    }

    static func financeCard(_ finance: TelemetryReport.Finance, trends: TrendReader) -> Card {
        let webhook: TelemetryReport.Health =
            finance.webhookStatus == "failing" ? .red : finance.webhookStatus == "degraded" ? .yellow : .green
        let delta = finance.revenueDelta24hPercent.map { ($0 >= 0 ? "+" : "") + TelemetryReport.number($0) + "%" }
        return Card(
            id: "finance", title: "Finance", status: Status(finance.status), reasons: finance.reasons,
            rows: [
                row("revenue", "Revenue (24 h)", number(finance.revenue24h)),
                row("revenue-delta", "Change against the 24 h before", delta ?? "no data"),
                row("failed-payments", "Failed payments (1 h)", number(finance.failedPayments1h)),
                row("success-rate", "Payment success rate (15 m)", percent(finance.successRate)),
                row(
                    "webhooks", "Webhooks",
                    finance.webhookStatus + (finance.webhookSuccessRate.map { " (\(percent($0)) delivered)" } ?? ""),
                    status: finance.webhookStatus == "unknown" ? nil : Status(webhook)),
            ], tables: [],
            sparkline: spark(
                "finance", "payment success rate, percent",
                trends.points(
                    "100 * sum(rate(payments_total{status=\"succeeded\"}[15m])) / sum(rate(payments_total[15m]))")),
            charts: [])
    }

    /// The seed's threat level from alerts in the last hour against its threshold of 10: low up to half of it,
    /// elevated up to it, high above it, critical above twice it.
    static func threatLevel(_ alerts: Double?, threshold: Double) -> String {
        guard let alerts else { return "unknown" }
        return alerts > 2 * threshold
            ? "critical" : alerts > threshold ? "high" : alerts > threshold / 2 ? "elevated" : "low"
    }

    static func securityCard(_ security: TelemetryReport.Security, trends: TrendReader) -> Card {
        let severities = security.bySeverity.sorted { $0.key < $1.key }
            .map { "\($0.key.isEmpty ? "unlabelled" : $0.key) \(TelemetryReport.number($0.value))" }
        let exceeded: TelemetryReport.Health = security.thresholdStatus == "exceeded" ? .red : .green
        return Card(
            id: "security", title: "Security", status: Status(security.status), reasons: security.reasons,
            rows: [
                row(
                    "alerts-last-hour", "Alerts in the last hour",
                    "\(number(security.alertsLastHour)) of \(TelemetryReport.number(security.threshold)) allowed",
                    status: security.thresholdStatus == "unknown" ? nil : Status(exceeded)),
                row("severity", "By severity", severities.isEmpty ? "none" : severities.joined(separator: ", ")),
                row(
                    "threat-level", "Threat level", threatLevel(security.alertsLastHour, threshold: security.threshold)),
            ], tables: [],
            sparkline: spark(
                "security", "security alerts per hour", trends.points("sum(increase(security_alerts_total[1h]))")),
            charts: [])
    }

    /// A chart with its title shown above it (the SVG's own title is for screen readers and tooltips).
    static func figure(_ caption: String, _ svg: String) -> String {
        "<figure class=\"chart-figure\"><figcaption>\(SVGText.escape(caption))</figcaption>\(svg)</figure>"
    }

    static func governanceCard(_ components: TelemetryReport.Components, trends: TrendReader) -> Card {
        let governance = components.governance
        let slo = components.slo
        let sli = trends.series("slo:sli:ratio", by: "objective")
        let budget = trends.series("slo:error_budget_remaining:ratio", by: "objective")
        var charts: [String] = []
        for objective in slo.objectives {
            let sliTitle = "\(objective.name): SLI against its target"
            let budgetTitle = "\(objective.name): error budget left"
            charts.append(
                figure(
                    sliTitle,
                    TargetLineChart(
                        id: "sli-\(objective.name)", title: sliTitle, points: sli[objective.name] ?? [],
                        target: objective.target, targetLabel: "target",
                        format: { SVGText.value($0 * 100, digits: 2) + "%" }
                    ).svg))
            charts.append(
                figure(
                    budgetTitle,
                    BurnDownChart(
                        id: "budget-\(objective.name)", title: budgetTitle, points: budget[objective.name] ?? []
                    )
                    .svg))
        }
        let objectives = slo.objectives.map { objective in
            [
                objective.name, percent(objective.sli, digits: 3), percent(objective.target, digits: 3),
                percent(objective.errorBudgetRemaining, digits: 1),
                governance.breakdown[objective.name].map { TelemetryReport.number($0) } ?? "no data",
                slo.breaches.first { $0.objective == objective.name }
                    .map { TelemetryReport.number($0.severityPercent) + "% below" } ?? "none",
            ]
        }
        return Card(
            id: "governance", title: "Governance", status: Status(worst(governance.status, slo.status)),
            reasons: reasons(("governance", governance.status, governance.reasons), ("SLO", slo.status, slo.reasons)),
            rows: [
                row(
                    "compliance-index", "Compliance index",
                    governance.complianceIndex.map { TelemetryReport.number($0) + " / 100" } ?? "no data"),
                row(
                    "breaches", "SLO breaches",
                    slo.breaches.isEmpty ? "none" : slo.breaches.map(\.objective).joined(separator: ", ")),
                row(
                    "last-pass", "Last governance pass",
                    governance.lastPass.map { "\(governance.lastPassStatus ?? "?") at \($0)" } ?? "not yet"),
            ],
            tables: [
                Table(
                    caption: "Objectives", columns: ["Objective", "SLI", "Target", "Budget left", "Score", "Breach"],
                    rows: objectives)
            ],
            sparkline: spark(
                "governance", "compliance index", trends.points("governor:compliance_index"), values: 0...100),
            charts: charts)
    }
}
