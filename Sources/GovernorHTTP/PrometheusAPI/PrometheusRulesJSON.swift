import GovernorCore
import GovernorDaemon
import GovernorQuery

/// The data of `/api/v1/rules` and `/api/v1/alerts` from a snapshot, with Prometheus 2.42's keys in its order
/// (web/api/v1/api.go: `RuleGroup`, `AlertingRule`, `RecordingRule`, `Alert`). Groups are sorted by file, then
/// name, as Prometheus's rule manager lists them; rules keep their order in the group.
enum PrometheusRulesJSON {
    enum RuleType: String {
        case alert
        case record
    }

    /// `only` keeps one kind of rule (Prometheus's `type` parameter); groups stay even when left empty.
    static func rules(_ snapshot: DaemonSnapshot, only: RuleType?) -> String {
        let groups = snapshot.groups.sorted { ($0.file, $0.name) < ($1.file, $1.name) }.map { group in
            let rules = group.rules.compactMap { rule -> String? in
                switch rule.definition.kind {
                case .alert(let name): only == .record ? nil : alerting(rule, name: name)
                case .record(let name): only == .alert ? nil : recording(rule, name: name)
                }
            }
            return "{\"name\":\(JSONText.quoted(group.name)),\"file\":\(JSONText.quoted(group.file)),"
                + "\"rules\":[\(rules.joined(separator: ","))],\"interval\":\(seconds(group.interval)),\"limit\":0,"
                + "\"evaluationTime\":\(seconds(group.lastDuration)),"
                + "\"lastEvaluation\":\(time(group.lastRun))}"
        }
        return "{\"groups\":[\(groups.joined(separator: ","))]}"
    }

    /// Every pending or firing alert, rule by rule in the order of `rules`.
    static func alerts(_ snapshot: DaemonSnapshot) -> String {
        let alerts = snapshot.groups.sorted { ($0.file, $0.name) < ($1.file, $1.name) }.flatMap { group in
            group.rules.flatMap { activeAlerts($0).map(alert) }
        }
        return "{\"alerts\":[\(alerts.joined(separator: ","))]}"
    }

    private static func alerting(_ rule: RuleStatus, name: String) -> String {
        let active = activeAlerts(rule)
        let state =
            active.contains { $0.state == .firing }
            ? "firing" : active.contains { $0.state == .pending } ? "pending" : "inactive"
        let definition = rule.definition
        var text = "{\"state\":\"\(state)\",\"name\":\(JSONText.quoted(name)),"
        text += "\"query\":\(JSONText.quoted(definition.expr.expr.description)),"
        text +=
            "\"duration\":\(seconds(definition.forDuration)),\"keepFiringFor\":\(seconds(definition.keepFiringFor)),"
        text += "\"labels\":\(map(definition.labels)),\"annotations\":\(map(definition.annotations)),"
        text += "\"alerts\":[\(active.map(alert).joined(separator: ","))],"
        return text + health(rule) + ",\"type\":\"alerting\"}"
    }

    private static func recording(_ rule: RuleStatus, name: String) -> String {
        var text =
            "{\"name\":\(JSONText.quoted(name)),\"query\":\(JSONText.quoted(rule.definition.expr.expr.description)),"
        if !rule.definition.labels.isEmpty { text += "\"labels\":\(map(rule.definition.labels))," }
        return text + health(rule) + ",\"type\":\"recording\"}"
    }

    /// `health`, `lastError` when there is one, `evaluationTime` and `lastEvaluation`. Governor times groups, not
    /// single rules, so a rule's `evaluationTime` is 0.
    private static func health(_ rule: RuleStatus) -> String {
        let health = rule.lastError != nil ? "err" : rule.lastEvaluation != nil ? "ok" : "unknown"
        var text = "\"health\":\"\(health)\","
        if let error = rule.lastError { text += "\"lastError\":\(JSONText.quoted(error))," }
        return text + "\"evaluationTime\":0,\"lastEvaluation\":\(time(rule.lastEvaluation))"
    }

    /// Prometheus's `ActiveAlerts`: those not resolved.
    private static func activeAlerts(_ rule: RuleStatus) -> [AlertInstance] {
        rule.alerts.filter { $0.state != .inactive && $0.resolvedAt == nil }
    }

    private static func alert(_ alert: AlertInstance) -> String {
        "{\"labels\":\(PrometheusEnvelope.labels(alert.labels)),\"annotations\":\(map(alert.annotations)),"
            + "\"state\":\"\(alert.state.rawValue)\",\"activeAt\":\(time(alert.activeAt)),"
            + "\"value\":\(JSONText.quoted(GoFloatFormat.exponent(alert.value)))}"
    }

    private static func map(_ dictionary: [String: String]) -> String {
        PrometheusEnvelope.labels(Labels(dictionary))
    }

    private static func time(_ timestamp: Timestamp?) -> String {
        JSONText.quoted(timestamp.map(RFC3339Time.text) ?? RFC3339Time.zero)
    }

    private static func seconds(_ milliseconds: Int64) -> String {
        PrometheusNumberFormat.string(Double(milliseconds) / 1000)
    }

    private static func seconds(_ duration: Duration) -> String {
        let (whole, attoseconds) = duration.components
        return PrometheusNumberFormat.string(Double(whole) + Double(attoseconds) / 1e18)
    }
}
