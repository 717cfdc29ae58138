import Foundation
import GovernorCharts
public import GovernorDaemon
public import GovernorQuery

extension DashboardView {
    /// The trends look back this far (or to when the daemon's clock started, when that is later).
    static let trendWindow: Int64 = 24 * 3_600_000
    /// The recorded series the trends read, which the daemon keeps for `trendWindow` (the raw series behind the
    /// other sparklines keep what their rules need, which is often less).
    static let trendSeries = [
        "slo:sli:ratio", "slo:error_budget_remaining:ratio", "governor:compliance_index",
        "governor:compliance_index:score", "governor:component_health", "ALERTS",
    ]

    /// Builds every card from one snapshot; `now` is the daemon's clock time the uptime is counted to (by default
    /// the clock's reading now).
    public init(snapshot: DaemonSnapshot, now: Timestamp? = nil) {
        let telemetry = TelemetryReport(snapshot: snapshot, now: now)
        let components = telemetry.components
        let from = max(snapshot.time - Self.trendWindow, min(snapshot.clockStart, snapshot.time - 5 * 60_000))
        let trends = TrendReader(storage: snapshot.storage, engine: snapshot.engine, from: from, to: snapshot.time)
        let smallestInterval = snapshot.groups.map(\.interval).min() ?? 10_000
        self.init(
            generatedAt: telemetry.generatedAt, time: snapshot.time,
            refreshSeconds: Double(smallestInterval) / 1_000 / max(snapshot.clock?.speed ?? 1, 0.001),
            overall: Status(telemetry.overallHealth), autonomy: telemetry.autonomy.rawValue,
            cards: [
                Self.systemCard(components, overall: telemetry, trends: trends),
                Self.financeCard(components.finance, trends: trends),
                Self.securityCard(components.security, trends: trends),
                Self.governanceCard(components, trends: trends),
                Self.schedulerCard(components, snapshot: snapshot, trends: trends),
                Self.docsCard(),
                Self.interventionCard(snapshot, trends: trends),
            ],
            alerts: Self.alerts(snapshot),
            groups: snapshot.groups.map { RuleGroup(name: $0.name, paused: $0.paused) })
    }

    static func row(_ key: String, _ label: String, _ value: String, status: Status? = nil) -> Row {
        Row(label: label, value: value, status: status, key: key)
    }

    static func number(_ value: Double?, unit: String = "") -> String {
        value.map { TelemetryReport.number($0) + unit } ?? "no data"
    }

    static func percent(_ ratio: Double?, digits: Int = 2) -> String {
        ratio.map { SVGText.value($0 * 100, digits: digits) + "%" } ?? "no data"
    }

    static func spark(_ id: String, _ title: String, _ points: [ChartPoint], values: ClosedRange<Double>? = nil)
        -> String
    {
        Sparkline(id: "spark-\(id)", title: title, points: points, values: values).svg
    }

    static func worst(_ healths: TelemetryReport.Health...) -> TelemetryReport.Health { healths.max() ?? .green }

    /// The status's reasons, with the component they come from when a card combines two.
    static func reasons(_ parts: (String, TelemetryReport.Health, [String])...) -> [String] {
        let worst = parts.map(\.1).max() ?? .green
        return parts.filter { $0.1 == worst }.flatMap { part in part.2.map { "\(part.0): \($0)" } }
    }
}
