import Foundation
import GovernorCharts
import GovernorCore
import GovernorHTTP
import GovernorQuery
import GovernorRuntime

/// `governor report`'s page: one self-contained HTML file (inline style and SVG, no script, nothing fetched)
/// showing a replayed history: the alert timeline, the compliance index, and each objective's SLI and budget.
struct HistoryReport {
    var title: String
    var historyPath: String
    var report: ReplayReport
    /// Trends read from the replay's storage (the history plus every series the rules recorded).
    var trends: TrendReader

    init(historyPath: String, session: ReplaySession) {
        title = "Governor report: " + URL(fileURLWithPath: historyPath).lastPathComponent
        self.historyPath = historyPath
        report = session.report
        trends = TrendReader(
            storage: session.storage, engine: QueryEngine(), from: session.report.from, to: session.report.to,
            steps: 240)
    }

    var html: String {
        var body = "<header><h1>\(SVGText.escape(title))</h1><p class=\"muted\">"
        body += "History <code>\(SVGText.escape(historyPath))</code>, replayed from "
        body += "\(ReplayText.time(report.from)) to \(ReplayText.time(report.to)) every "
        body +=
            "\(PrometheusDuration.format(report.step)); \(DryRunText.visible(report.stateChanges).count) alert state "
        body += "changes, \(report.notifications.count) notifications"
        body += report.failures.isEmpty ? "." : ", \(report.failures.count) rule failures."
        body += "</p></header>"
        body += timelineSection + complianceSection + objectivesSection
        return """
            <!doctype html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta name="color-scheme" content="light dark">
            <title>\(SVGText.escape(title))</title>
            <style>
            \(DashboardStyle.css)</style>
            </head>
            <body class="report">
            <main>
            \(body)
            </main>
            </body>
            </html>

            """
    }

    private var timelineSection: String {
        let rows = ReplayTimeline.rows(report)
        let chart = AlertTimeline(
            id: "timeline", title: "Alert timeline: pending (hatched), firing (solid), notifications (marks)",
            rows: rows, from: report.from, to: report.to)
        var out = "<section id=\"timeline-section\"><h2>Alerts</h2><div class=\"table-scroll\">\(chart.svg)</div>"
        if report.stateChanges.isEmpty {
            out += "<p>No alert changed state.</p>"
        } else {
            out += "<details><summary>Every state change and notification as a table</summary>"
            out +=
                "<div class=\"table-scroll\"><table><thead><tr><th scope=\"col\">Time</th><th scope=\"col\">Alert</th>"
            out += "<th scope=\"col\">What happened</th></tr></thead><tbody>"
            var events: [(Int64, Int, String, String)] = DryRunText.visible(report.stateChanges).enumerated().map {
                ($1.time, $0, ReplayTimeline.label($1.alertName, $1.labels), $1.state)
            }
            events += report.notifications.enumerated().map {
                let to = $1.receivers.isEmpty ? "no receiver" : $1.receivers.joined(separator: ", ")
                return (
                    $1.time, 100_000 + $0, ReplayTimeline.label($1.alertName, $1.labels),
                    "\($1.status.rawValue) notification to \(to)"
                )
            }
            for event in events.sorted(by: { ($0.0, $0.1) < ($1.0, $1.1) }) {
                out += "<tr><td>\(ReplayText.time(event.0))</td><td>\(SVGText.escape(event.2))</td>"
                out += "<td>\(SVGText.escape(event.3))</td></tr>"
            }
            out += "</tbody></table></div></details>"
        }
        return out + "</section>"
    }

    private var complianceSection: String {
        let points = trends.points("governor:compliance_index")
        guard !points.isEmpty else { return "" }
        let chart = TargetLineChart(
            id: "compliance", title: "Compliance index (0–100) against its alert threshold of 70", points: points,
            target: 70, targetLabel: "alert below", width: 900, height: 180, values: 0...100)
        return
            "<section id=\"compliance-section\"><h2>Compliance index</h2><div class=\"charts\">\(chart.svg)</div></section>"
    }

    private var objectivesSection: String {
        let sli = trends.series("slo:sli:ratio", by: "objective")
        let target = trends.series("slo:objective:ratio", by: "objective")
        let budget = trends.series("slo:error_budget_remaining:ratio", by: "objective")
        guard !sli.isEmpty else {
            return
                "<section id=\"objectives-section\"><h2>Objectives</h2><p>The history has no data for any objective's SLI.</p></section>"
        }
        var out = "<section id=\"objectives-section\"><h2>Objectives</h2>"
        let percent: @Sendable (Double) -> String = { SVGText.value($0 * 100, digits: 2) + "%" }
        for name in sli.keys.sorted() {
            let points = sli[name] ?? []
            let goal = target[name]?.last(where: { $0.value.isFinite })?.value
            let last = points.last(where: { $0.value.isFinite })?.value
            let left = budget[name]?.last(where: { $0.value.isFinite })?.value
            out += "<h3>\(SVGText.escape(name))</h3><p>SLI at the end \(last.map(percent) ?? "no data"), target "
            out += "\(goal.map(percent) ?? "none"), error budget left \(left.map(percent) ?? "no data").</p>"
            out += "<div class=\"charts\">"
            out +=
                TargetLineChart(
                    id: "sli-\(name)", title: "\(name): SLI against its target", points: points, target: goal,
                    format: percent
                ).svg
            out +=
                BurnDownChart(id: "budget-\(name)", title: "\(name): error budget left", points: budget[name] ?? [])
                .svg
            out += "</div>"
        }
        return out + "</section>"
    }
}
