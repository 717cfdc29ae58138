import Foundation
import GovernorConsole
import GovernorCore
import GovernorHTTP
import GovernorPolicy
import GovernorQuery
import GovernorReceivers

/// The reading intents' answers: from the daemon's API when one answers, else from the state database and logs
/// (`ConsoleReading+Offline.swift`), and short, aligned lines either way.
struct ConsoleReading {
    let session: ConsoleSession

    func answer(_ intent: Intent, request: String, source: ConsoleAuditLine.Source) async -> ConsoleResult {
        var result = ConsoleResult(request: request, intent: intent, source: source, outcome: .answered, lines: [])
        do {
            if case .routes(let labels) = intent {
                (result.lines, result.data) = try routes(labels)
            } else if session.online {
                (result.lines, result.data) = try await online(intent)
            } else {
                (result.lines, result.data) = try await offline(intent)
            }
        } catch let failure as ConsoleDaemonClient.Failure {
            result.outcome = .failed
            result.lines = [failure.description]
        } catch {
            result.outcome = .failed
            result.lines = ["\(error)"]
        }
        return result
    }

    private func online(_ intent: Intent) async throws -> ([String], Any?) {
        let client = session.client
        switch intent {
        case .status:
            let json = try await client.get("/api/ops/telemetry")
            return (Self.status(try Self.telemetry(json)), json)
        case .payments:
            let json = try await client.get("/api/ops/telemetry")
            return (Self.payments(try Self.telemetry(json).components.finance), (json as? [String: Any])?["components"])
        case .objectives:
            let json = try await client.get("/api/ops/telemetry")
            let report = try Self.telemetry(json)
            return (Self.objectives(report.components.slo, governance: report.components.governance), json)
        case .forecast:
            let level = try await client.get("/api/v1/query?query=governor:forecast_risk:level")
            let failures = try await client.get("/api/v1/query?query=governor_forecast_failure_within_hours")
            return (
                Self.forecast(level: Self.samples(level), failures: Self.samples(failures)),
                ["level": level, "failures": failures]
            )
        case .alerts:
            let json = try await client.get("/api/v1/alerts")
            let alerts = ((json as? [String: Any])?["data"] as? [String: Any])?["alerts"] as? [[String: Any]] ?? []
            return (Self.alerts(alerts), json)
        case .explain(let alert):
            let rules = try await client.get("/api/v1/rules")
            return try await explain(alert, rules: rules)
        case .audit:
            let json = try await client.get("/api/ops/audit?limit=15")
            let entries = (json as? [String: Any])?["entries"] as? [[String: Any]] ?? []
            return (Self.audit(entries) + consoleHistory(), json)
        case .routes, .action: return ([], nil)
        }
    }

    static func telemetry(_ json: Any) throws -> TelemetryReport {
        let decoder = JSONDecoder()
        decoder.keyDecodingStrategy = .convertFromSnakeCase
        return try decoder.decode(TelemetryReport.self, from: JSONSerialization.data(withJSONObject: json))
    }

    static func status(_ report: TelemetryReport) -> [String] {
        let c = report.components
        let rows: [[String]] = [
            ["scheduler", c.scheduler.status.rawValue, c.scheduler.reasons.joined(separator: "; ")],
            ["finance", c.finance.status.rawValue, c.finance.reasons.joined(separator: "; ")],
            ["slo", c.slo.status.rawValue, c.slo.reasons.joined(separator: "; ")],
            ["security", c.security.status.rawValue, c.security.reasons.joined(separator: "; ")],
            ["system", c.system.status.rawValue, c.system.reasons.joined(separator: "; ")],
            ["automation", c.automation.status.rawValue, c.automation.reasons.joined(separator: "; ")],
            ["governance", c.governance.status.rawValue, c.governance.reasons.joined(separator: "; ")],
        ]
        return ["Overall health: \(report.overallHealth.rawValue.uppercased())"] + ConsoleTable.lines(rows)
    }

    static func payments(_ finance: TelemetryReport.Finance) -> [String] {
        let success = finance.successRate.map { percent($0 <= 1 ? $0 * 100 : $0) } ?? "no data"
        let failure = finance.successRate.map { percent(100 - ($0 <= 1 ? $0 * 100 : $0)) } ?? "no data"
        return ["Payments: \(finance.status.rawValue)"]
            + ConsoleTable.lines([
                ["success rate", success], ["failure rate", failure],
                ["failed (1h)", finance.failedPayments1h.map { number($0) } ?? "no data"],
                ["revenue (24h)", finance.revenue24h.map { number($0) } ?? "no data"],
                ["revenue delta", finance.revenueDelta24hPercent.map { percent($0) } ?? "no data"],
                ["webhooks", finance.webhookStatus],
            ])
    }

    static func objectives(_ slo: TelemetryReport.SLO, governance: TelemetryReport.Governance) -> [String] {
        let index = governance.complianceIndex.map { "\(Int($0.rounded()))/100" } ?? "no data"
        var rows = [["objective", "SLI", "target", "budget left", "burn 1h"]]
        for objective in slo.objectives {
            rows.append([
                objective.name, objective.sli.map { percent($0 * 100, digits: 3) } ?? "no data",
                objective.target.map { percent($0 * 100, digits: 3) } ?? "-",
                objective.errorBudgetRemaining.map { percent($0 * 100) } ?? "no data",
                objective.burnRate1h.map { number($0) + "x" } ?? "no data",
            ])
        }
        let breaches = slo.breaches.map { "\($0.objective) \(percent($0.severityPercent))" }
        return ["SLOs: \(slo.status.rawValue), compliance index \(index)"] + ConsoleTable.lines(rows)
            + (breaches.isEmpty ? ["  no breaches"] : ["  breaches: " + breaches.joined(separator: ", ")])
    }

    static let riskLevels = ["LOW", "MEDIUM", "HIGH", "CRITICAL"]

    static func forecast(level: [([String: String], Double)], failures: [([String: String], Double)]) -> [String] {
        guard let worst = level.map(\.1).max() else {
            return ["Risk Level: unknown (no forecast has run yet; try `run the forecast now`)"]
        }
        let name = riskLevels[max(0, min(3, Int(worst.rounded())))]
        let rows = failures.sorted { $0.1 < $1.1 }.map { [$0.0["component"] ?? "?", "within \(number($0.1)) h"] }
        return ["Risk Level: \(name)", "Predicted Failures: \(rows.count)"] + ConsoleTable.lines(rows)
    }

    static func alerts(_ alerts: [[String: Any]]) -> [String] {
        guard !alerts.isEmpty else { return ["No alert is firing or pending."] }
        let rows = alerts.map { alert -> [String] in
            let labels = alert["labels"] as? [String: String] ?? [:]
            let rest = labels.filter { $0.key != "alertname" }.sorted { $0.key < $1.key }.map {
                "\($0.key)=\($0.value)"
            }
            return [
                labels["alertname"] ?? "?", alert["state"] as? String ?? "?",
                "since \(alert["activeAt"] as? String ?? "?")",
                rest.joined(separator: " "),
            ]
        }.sorted { ($0[1], $0[0]) < ($1[1], $1[0]) }
        let firing = rows.filter { $0[1] == "firing" }.count
        return ["\(firing) firing, \(rows.count - firing) pending"] + ConsoleTable.lines(rows)
    }

    private func explain(_ alert: String, rules: Any) async throws -> ([String], Any?) {
        let groups = ((rules as? [String: Any])?["data"] as? [String: Any])?["groups"] as? [[String: Any]] ?? []
        let found = groups.flatMap { group in
            (group["rules"] as? [[String: Any]] ?? []).map { (group["name"] as? String ?? "?", $0) }
        }.filter { $0.1["type"] as? String == "alerting" && $0.1["name"] as? String == alert }
        guard let (group, rule) = found.first else {
            let names = session.vocabulary.alertNames.joined(separator: ", ")
            return (["No alerting rule is named \(alert). Alerts: \(names)"], nil)
        }
        let query = rule["query"] as? String ?? ""
        let encoded = query.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? ""
        let now = try await session.client.get("/api/v1/query?query=\(encoded)")
        let matching = Self.samples(now)
        let active = rule["alerts"] as? [[String: Any]] ?? []
        var lines = [
            "\(alert) (group \(group)) is \(rule["state"] as? String ?? "?")",
            "  condition: \(query)",
            "  for:       \(Self.number(rule["duration"] as? Double ?? 0)) s",
        ]
        if let error = rule["lastError"] as? String, !error.isEmpty { lines.append("  last error: \(error)") }
        if matching.isEmpty {
            lines.append("  now: the condition matches no series, so it does not fire")
        } else {
            lines.append("  now: the condition holds for \(matching.count) series:")
            lines += ConsoleTable.lines(
                matching.map { sample in
                    [
                        sample.0.filter { $0.key != "__name__" }.sorted { $0.key < $1.key }.map {
                            "\($0.key)=\($0.value)"
                        }
                        .joined(separator: " "), "value \(Self.number(sample.1))",
                    ]
                }, indent: "    ")
        }
        for instance in active {
            lines.append(
                "  alert \(instance["state"] as? String ?? "?") since \(instance["activeAt"] as? String ?? "?")")
        }
        return (lines, ["rule": rule, "now": now])
    }

    static func audit(_ entries: [[String: Any]]) -> [String] {
        guard !entries.isEmpty else { return ["No action has been taken yet."] }
        let rows = entries.map { entry in
            [
                entry["time"] as? String ?? "?", entry["source"] as? String ?? "?", entry["action"] as? String ?? "?",
                entry["outcome"] as? String ?? "?", entry["message"] as? String ?? "",
            ]
        }
        return ["Recent actions (newest last):"] + ConsoleTable.lines(rows)
    }

    /// The console's own recent requests, from `ai_console.ndjson`.
    func consoleHistory(limit: Int = 10) -> [String] {
        guard let data = FileManager.default.contents(atPath: session.audit.path) else { return [] }
        let decoder = JSONDecoder()
        let lines = data.split(separator: UInt8(ascii: "\n")).suffix(limit).compactMap {
            try? decoder.decode(ConsoleAuditLine.self, from: Data($0))
        }
        guard !lines.isEmpty else { return [] }
        return ["Recent console requests:"]
            + ConsoleTable.lines(
                lines.map { [$0.time, $0.source.rawValue, $0.outcome.rawValue, $0.interpreted ?? "-", $0.request] })
    }

    private func routes(_ labels: [String: String]) throws -> ([String], Any?) {
        let loaded = ConfigurationLoader.commandLine().load(policies: [], alerts: [session.command.alerts])
        guard loaded.errors.isEmpty, let configuration = loaded.alerting else {
            let problems = loaded.errors.map(\.description)
            return (["Cannot read the routes in \(session.command.alerts)"] + problems.prefix(5), nil)
        }
        let matches = configuration.route.matches(Labels(labels))
        let receivers = matches.map(\.receiver)
        let text = labels.sorted { $0.key < $1.key }.map { "\($0.key)=\"\($0.value)\"" }.joined(separator: ", ")
        return (
            ["{\(text)} is told to: \(receivers.isEmpty ? "nobody" : receivers.joined(separator: ", "))"],
            ["receivers": receivers]
        )
    }

    /// The samples of a Prometheus vector answer.
    static func samples(_ json: Any) -> [([String: String], Double)] {
        let result = ((json as? [String: Any])?["data"] as? [String: Any])?["result"] as? [[String: Any]] ?? []
        return result.compactMap { sample in
            guard let pair = sample["value"] as? [Any], pair.count == 2, let text = pair[1] as? String,
                let value = Double(text)
            else { return nil }
            return (sample["metric"] as? [String: String] ?? [:], value)
        }
    }

    static func percent(_ value: Double, digits: Int = 1) -> String {
        String(format: "%.\(digits)f%%", value)
    }

    static func number(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(format: "%.2f", value)
    }

    static func vocabulary(rules: Any) -> ConsoleVocabulary {
        let groups = ((rules as? [String: Any])?["data"] as? [String: Any])?["groups"] as? [[String: Any]] ?? []
        let alerts = groups.flatMap { $0["rules"] as? [[String: Any]] ?? [] }.filter {
            $0["type"] as? String == "alerting"
        }
        return ConsoleVocabulary(
            alertNames: Array(Set(alerts.compactMap { $0["name"] as? String })).sorted(),
            groups: groups.compactMap { $0["name"] as? String })
    }
}
