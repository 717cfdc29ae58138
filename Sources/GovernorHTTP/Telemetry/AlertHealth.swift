import GovernorCore
import GovernorDaemon
import GovernorQuery

/// What the firing alerts say about each component: an alert labelled `component` that is firing makes the
/// component red when its severity is critical (or page), yellow otherwise.
struct AlertHealth {
    private var firing: [String: [(severity: String, name: String)]] = [:]

    init(snapshot: DaemonSnapshot) {
        for (_, rule, alert) in snapshot.activeAlerts where alert.state == .firing {
            guard let component = alert.labels["component"] else { continue }
            firing[component, default: []].append((alert.labels["severity"] ?? "", rule.definition.kind.name))
        }
    }

    func reasons(component: String) -> [(TelemetryReport.Health, String)] {
        (firing[component] ?? []).map { alert in
            let critical = alert.severity == "critical" || alert.severity == "page"
            return (critical ? .red : .yellow, "alert \(alert.name) is firing (\(alert.severity))")
        }
    }
}
