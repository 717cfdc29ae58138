import GovernorCharts
import GovernorCore
import GovernorDaemon
import GovernorQuery

extension DashboardView {
    static func schedulerCard(_ components: TelemetryReport.Components, snapshot: DaemonSnapshot, trends: TrendReader)
        -> Card
    {
        let scheduler = components.scheduler
        let automation = components.automation
        func job(_ job: TelemetryReport.Job, missed: Bool) -> [String] {
            [
                job.name, job.lastRun ?? "not yet", job.nextRun ?? "none",
                SVGText.value(job.durationMs, digits: 1) + " ms",
                missed ? String(job.missedTicks ?? 0) : "–", job.error ?? "none",
            ]
        }
        return Card(
            id: "scheduler", title: "Scheduler and automation",
            status: Status(worst(scheduler.status, automation.status)),
            reasons: reasons(
                ("scheduler", scheduler.status, scheduler.reasons),
                ("automation", automation.status, automation.reasons)),
            rows: [
                row("missed-ticks", "Missed ticks", String(scheduler.missedTicks)),
                row("groups", "Rule groups", String(scheduler.groups.count)),
                row("sources", "Sources", String(automation.sources.count)),
                row(
                    "notifications", "Notifications",
                    "\(automation.notificationsDelivered) delivered, \(automation.notificationsRetried) retried, "
                        + "\(automation.notificationsDeadLettered) undeliverable"),
                row("outbox", "Outbox", "\(automation.outboxDepth) waiting"),
                row("reloads", "Reloads", "\(automation.reloadSuccesses) adopted, \(automation.reloadFailures) failed"),
            ],
            tables: [
                Table(
                    caption: "Rule groups", columns: ["Group", "Last run", "Next run", "Duration", "Missed", "Error"],
                    rows: scheduler.groups.map { job($0, missed: true) }),
                Table(
                    caption: "Sources", columns: ["Source", "Last run", "Next run", "Duration", "Missed", "Error"],
                    rows: automation.sources.map { job($0, missed: false) }),
            ],
            sparkline: spark(
                "scheduler", "scheduler and automation health (0 green, 1 yellow, 2 red)",
                trends.points("max(governor:component_health{component=~\"scheduler|automation\"})"), values: 0...2),
            charts: [])
    }

    /// The docs and reports card's content is fetched by the page on demand (`/api/ops/docs`, `/api/ops/logs`).
    static func docsCard() -> Card {
        Card(
            id: "docs", title: "Docs and reports", status: Status(.green), reasons: [], rows: [], tables: [],
            sparkline: nil, charts: [])
    }

    static func interventionCard(_ snapshot: DaemonSnapshot, trends: TrendReader) -> Card {
        let active = snapshot.activeAlerts
        let firing = active.filter { $0.alert.state == .firing }
        let critical = firing.contains { $0.alert.labels["severity"] == "critical" }
        let health: TelemetryReport.Health = critical ? .red : firing.isEmpty ? .green : .yellow
        var status = Status(health)
        status.text = firing.isEmpty ? "Nothing firing" : "\(firing.count) firing"
        let paused = snapshot.groups.filter(\.paused).map(\.name)
        return Card(
            id: "intervention", title: "Intervention", status: status,
            reasons: critical ? ["a critical alert is firing"] : [],
            rows: [
                row("firing", "Firing", String(firing.count)),
                row("pending", "Pending", String(active.count - firing.count)),
                row("silences", "Silences made here", String(snapshot.runtimeSilences.count)),
                // A paused group's alerts are not evaluated, so it is shown as a warning until it is resumed.
                row(
                    "paused", "Paused rule groups", paused.isEmpty ? "none" : paused.joined(separator: ", "),
                    status: paused.isEmpty ? nil : Status(.yellow)),
            ], tables: [],
            sparkline: spark(
                "intervention", "firing alerts", trends.points("count(ALERTS{alertstate=\"firing\"}) or vector(0)")),
            charts: [])
    }

    static func alerts(_ snapshot: DaemonSnapshot) -> [ActiveAlert] {
        snapshot.activeAlerts.map { _, rule, alert in
            let labels = Dictionary(uniqueKeysWithValues: alert.labels.pairs.map { ($0.name, $0.value) })
            return ActiveAlert(
                alertname: labels["alertname"] ?? rule.definition.kind.name, state: alert.state.rawValue,
                severity: labels["severity"], summary: alert.annotations["summary"], labels: labels,
                activeAt: RFC3339Time.textWithMilliseconds(alert.activeAt),
                firedAt: alert.firedAt.map(RFC3339Time.textWithMilliseconds),
                matchers: alert.labels.pairs.map { "\($0.name)=\(JSONText.quoted($0.value))" })
        }.sorted { ($0.state == "firing" ? 0 : 1, $0.alertname) < ($1.state == "firing" ? 0 : 1, $1.alertname) }
    }
}
