import Foundation
import GovernorCore
public import GovernorDaemon
public import GovernorQuery
import GovernorRuntime

extension TelemetryReport {
    /// The security alert threshold of the seed: more than this many in an hour is a surge.
    static let securityThreshold = 10.0

    /// Builds the report from what the daemon posted after its last step; `now` is the daemon's clock time the
    /// uptime is counted to (by default the clock's reading now).
    public init(snapshot: DaemonSnapshot, now: Timestamp? = nil) {
        let reader = TelemetryReader(snapshot: snapshot)
        let health = reader.values("governor:component_health", by: "component")
        let alerts = AlertHealth(snapshot: snapshot)
        func status(_ component: String, _ own: [(Health, String)]) -> (Health, [String]) {
            var found = own
            if let level = health[component] {
                let policy: Health = level >= 2 ? .red : level >= 1 ? .yellow : .green
                if policy != .green { found.append((policy, "the policy's health for \(component) is \(policy)")) }
            }
            found += alerts.reasons(component: component)
            let worst = found.map(\.0).max() ?? .green
            return (worst, found.filter { $0.0 == worst && worst != .green }.map(\.1))
        }
        let scheduler = Self.scheduler(snapshot, now: now)
        let finance = Self.finance(reader)
        let slo = Self.slo(reader, snapshot: snapshot)
        let security = Self.security(reader)
        let system = Self.system(reader)
        let automation = Self.automation(snapshot)
        let governance = Self.governance(reader, snapshot: snapshot)
        var components = Components(
            scheduler: scheduler.value, finance: finance.value, slo: slo.value, security: security.value,
            system: system.value, automation: automation.value, governance: governance.value)
        (components.scheduler.status, components.scheduler.reasons) = status("scheduler", scheduler.reasons)
        (components.finance.status, components.finance.reasons) = status("finance", finance.reasons)
        (components.slo.status, components.slo.reasons) = status("slo", slo.reasons)
        (components.security.status, components.security.reasons) = status("security", security.reasons)
        (components.system.status, components.system.reasons) = status("system", system.reasons)
        (components.automation.status, components.automation.reasons) = status("automation", automation.reasons)
        (components.governance.status, components.governance.reasons) = status("governance", governance.reasons)
        let statuses = [
            components.scheduler.status, components.finance.status, components.slo.status, components.security.status,
            components.system.status, components.automation.status, components.governance.status,
        ]
        let overall = statuses.max() ?? .green
        self.init(
            generatedAt: RFC3339Time.textWithMilliseconds(snapshot.time), overallHealth: overall,
            autonomy: !snapshot.ready || overall == .red ? .degraded : overall == .green ? .verified : .operational,
            components: components)
    }

    /// A component's values, and the reasons its own numbers give for a status other than green.
    struct Part<Value> {
        var value: Value
        var reasons: [(Health, String)]
    }

    static func scheduler(_ snapshot: DaemonSnapshot, now: Timestamp?) -> Part<Scheduler> {
        let groups = snapshot.groups.map { group in
            Job(
                name: group.name, intervalSeconds: Double(group.interval) / 1_000,
                lastRun: group.lastRun.map(RFC3339Time.textWithMilliseconds),
                nextRun: group.nextRun.map(RFC3339Time.textWithMilliseconds),
                durationMs: group.lastDuration.milliseconds, missedTicks: group.missedTicks,
                error: group.rules.compactMap(\.lastError).first)
        }
        let heartbeat = snapshot.groups.compactMap(\.lastRun).max()
        var reasons: [(Health, String)] = []
        if !snapshot.ready { reasons.append((.red, "no rule group has run yet")) }
        if snapshot.counters.missedTicks > 0 {
            reasons.append((.yellow, "\(snapshot.counters.missedTicks) tick(s) missed since start"))
        }
        let failing = snapshot.groups.filter { $0.rules.contains { $0.lastError != nil } }.map(\.name)
        if !failing.isEmpty { reasons.append((.yellow, "rules failing in \(failing.joined(separator: ", "))")) }
        return Part(
            value: Scheduler(
                status: .green, reasons: [], heartbeat: heartbeat.map(RFC3339Time.textWithMilliseconds),
                pid: snapshot.processID,
                uptimeSeconds: Double(snapshot.uptime(at: now)) / 1_000, missedTicks: snapshot.counters.missedTicks,
                groups: groups),
            reasons: reasons)
    }

    static func finance(_ reader: TelemetryReader) -> Part<Finance> {
        let success = reader.value(
            "sum(rate(payments_total{status=\"succeeded\"}[15m])) / sum(rate(payments_total[15m]))")
        let webhook = reader.value(
            "sum(rate(webhook_deliveries_total{outcome=\"success\"}[15m])) / sum(rate(webhook_deliveries_total[15m]))")
        let revenue = reader.value("sum(increase(payments_revenue_total[24h]))")
        let before = reader.value("sum(increase(payments_revenue_total[24h] offset 24h))")
        let delta = revenue.flatMap { now in before.flatMap { $0 > 0 ? (now - $0) / $0 * 100 : nil } }
        let webhookStatus = webhook.map { $0 >= 0.99 ? "healthy" : $0 >= 0.95 ? "degraded" : "failing" } ?? "unknown"
        var reasons: [(Health, String)] = []
        if let success, success < 0.95 {
            reasons.append((.red, "payment failure rate \(Self.percent(1 - success)) is above 5%"))
        } else if let success, success < 0.98 {
            reasons.append((.yellow, "payment failure rate \(Self.percent(1 - success)) is above 2%"))
        }
        if webhookStatus == "failing" { reasons.append((.red, "webhook deliveries are failing")) }
        if webhookStatus == "degraded" { reasons.append((.yellow, "webhook deliveries are degraded")) }
        return Part(
            value: Finance(
                status: .green, reasons: [], revenue24h: revenue, revenueDelta24hPercent: delta,
                failedPayments1h: reader.value("sum(increase(payments_total{status=\"failed\"}[1h]))"),
                successRate: success, webhookStatus: webhookStatus, webhookSuccessRate: webhook),
            reasons: reasons)
    }

    static func slo(_ reader: TelemetryReader, snapshot: DaemonSnapshot) -> Part<SLO> {
        let severities = reader.values("governor:breach_severity:percent", by: "objective")
        let breaches = severities.filter { $0.value > 0 }.sorted { ($0.value, $1.key) > ($1.value, $0.key) }.map {
            Breach(objective: $0.key, severityPercent: $0.value)
        }
        let sli = reader.values("slo:sli:ratio", by: "objective")
        let target = reader.values("slo:objective:ratio", by: "objective")
        let budget = reader.values("slo:error_budget_remaining:ratio", by: "objective")
        let burn = reader.values("slo:burn_rate:ratio{window=\"1h\"}", by: "objective")
        let names = Set(sli.keys).union(target.keys).union(severities.keys).sorted()
        let objectives = names.map {
            Objective(
                name: $0, sli: sli[$0], target: target[$0], errorBudgetRemaining: budget[$0], burnRate1h: burn[$0])
        }
        let reasons: [(Health, String)] = breaches.map { breach in
            (
                breach.severityPercent > 10 ? .red : .yellow,
                "\(breach.objective) is \(Self.number(breach.severityPercent))% below target"
            )
        }
        return Part(
            value: SLO(status: .green, reasons: [], breaches: breaches, objectives: objectives), reasons: reasons)
    }

    static func security(_ reader: TelemetryReader) -> Part<Security> {
        let lastHour = reader.value("sum(increase(security_alerts_total[1h]))")
        let bySeverity = reader.values("sum by (severity) (increase(security_alerts_total[1h]))", by: "severity")
        let exceeded = lastHour.map { $0 > securityThreshold }
        var reasons: [(Health, String)] = []
        if let lastHour, exceeded == true {
            reasons.append(
                (.red, "\(Self.number(lastHour)) security alerts in the last hour, above \(Int(securityThreshold))"))
        } else if let lastHour, lastHour > securityThreshold / 2 {
            reasons.append((.yellow, "\(Self.number(lastHour)) security alerts in the last hour"))
        }
        return Part(
            value: Security(
                status: .green, reasons: [], alertsLastHour: lastHour, threshold: securityThreshold,
                thresholdStatus: exceeded.map { $0 ? "exceeded" : "ok" } ?? "unknown", bySeverity: bySeverity),
            reasons: reasons)
    }

    static func system(_ reader: TelemetryReader) -> Part<System> {
        let cpu = reader.value("100 * (1 - avg(rate(node_cpu_seconds_total{mode=\"idle\"}[1m])))")
        let memory = reader.value("100 * (1 - sum(node_memory_MemAvailable_bytes) / sum(node_memory_MemTotal_bytes))")
        let disk = reader.value(
            "max(100 * (1 - node_filesystem_avail_bytes{fstype!~\"tmpfs|overlay\"} / node_filesystem_size_bytes{fstype!~\"tmpfs|overlay\"}))"
        )
        var reasons: [(Health, String)] = []
        for (name, value) in [("CPU", cpu), ("memory", memory), ("disk", disk)] {
            guard let value else { continue }
            if value >= 90 {
                reasons.append((.red, "\(name) at \(Self.number(value))%"))
            } else if value >= 75 {
                reasons.append((.yellow, "\(name) at \(Self.number(value))%"))
            }
        }
        return Part(
            value: System(status: .green, reasons: [], cpuPercent: cpu, memoryPercent: memory, diskPercent: disk),
            reasons: reasons)
    }

    static func automation(_ snapshot: DaemonSnapshot) -> Part<Automation> {
        let sources = snapshot.sources.map { source in
            Job(
                name: source.name, intervalSeconds: Double(source.interval) / 1_000,
                lastRun: source.lastCollection.map(RFC3339Time.textWithMilliseconds),
                nextRun: source.nextCollection.map(RFC3339Time.textWithMilliseconds),
                durationMs: source.lastDuration.milliseconds,
                missedTicks: nil, error: source.lastError)
        }
        let counters = snapshot.counters
        var reasons: [(Health, String)] = []
        let failing = snapshot.sources.filter { $0.lastError != nil }.map(\.name)
        if !failing.isEmpty { reasons.append((.red, "sources failing: \(failing.joined(separator: ", "))")) }
        if counters.notificationsDeadLettered > 0 {
            reasons.append((.yellow, "\(counters.notificationsDeadLettered) notification(s) could not be delivered"))
        }
        if counters.reloadFailures > 0 { reasons.append((.yellow, "\(counters.reloadFailures) reload(s) failed")) }
        return Part(
            value: Automation(
                status: .green, reasons: [], sources: sources, notificationsDelivered: counters.notificationsDelivered,
                notificationsRetried: counters.notificationsRetried,
                notificationsDeadLettered: counters.notificationsDeadLettered, outboxDepth: snapshot.outboxDepth,
                reloadSuccesses: counters.reloadSuccesses, reloadFailures: counters.reloadFailures),
            reasons: reasons)
    }

    static func governance(_ reader: TelemetryReader, snapshot: DaemonSnapshot) -> Part<Governance> {
        let index = reader.value("governor:compliance_index")
        let active = snapshot.activeAlerts
        var reasons: [(Health, String)] = []
        if let index, index < 70 {
            reasons.append((.red, "compliance index \(Self.number(index)) is below 70"))
        } else if let index, index < 90 {
            reasons.append((.yellow, "compliance index \(Self.number(index)) is below 90"))
        }
        return Part(
            value: Governance(
                status: .green, reasons: [], complianceIndex: index,
                breakdown: reader.values("governor:compliance_index:score", by: "objective"),
                lastPassStatus: snapshot.governance?.status.rawValue,
                lastPass: snapshot.governance.map { RFC3339Time.textWithMilliseconds($0.time) },
                firingAlerts: active.filter { $0.alert.state == .firing }.count,
                pendingAlerts: active.filter { $0.alert.state == .pending }.count),
            reasons: reasons)
    }

    static func percent(_ ratio: Double) -> String { "\(number(ratio * 100))%" }

    static func number(_ value: Double) -> String {
        value.rounded() == value ? String(Int(value)) : String(format: "%.1f", value)
    }
}

extension Duration {
    var milliseconds: Double {
        Double(components.seconds) * 1_000 + Double(components.attoseconds) / 1e15
    }
}
