import Foundation
import GovernorConsole
import GovernorCore
import GovernorQuery
import GovernorRuntime
import GovernorStore

extension ConsoleReading {
    /// Answers from what the daemon left on disk when none runs: saved alert states, the compliance history and
    /// the audit logs. Live values (status, payments, SLOs, the forecast, explain) need the daemon, and say so.
    func offline(_ intent: Intent) async throws -> ([String], Any?) {
        let note = "(offline: no daemon answers at \(session.command.url); read from \(session.command.state))"
        let path = session.command.state
        switch intent {
        case .alerts:
            guard FileManager.default.fileExists(atPath: path) else {
                return (["No state database at \(path).", note], nil)
            }
            let saved = try await SQLiteAlertStateStore(database: GovernorDatabase(path: path)).load()
            let alerts = saved.flatMap { rule in
                rule.alerts.filter { $0.state != .inactive }.map { alert -> [String: Any] in
                    var labels = Dictionary(alert.labels.pairs.map { ($0.name, $0.value) }) { first, _ in first }
                    labels["alertname"] = labels["alertname"] ?? rule.rule.name
                    return [
                        "labels": labels, "state": alert.state == .firing ? "firing" : "pending",
                        "activeAt": RFC3339Time.text(alert.activeAt),
                    ]
                }
            }
            return (Self.alerts(alerts) + [note], alerts)
        case .objectives, .status:
            guard FileManager.default.fileExists(atPath: path) else {
                return (
                    [
                        "\(intent.kind.rawValue) needs the running daemon, and none answers at \(session.command.url).",
                        note,
                    ], nil
                )
            }
            let passes = try await SQLiteComplianceHistory(database: GovernorDatabase(path: path)).passes(
                from: 0, to: .max)
            guard let last = passes.last else { return (["No governance pass is recorded yet.", note], nil) }
            let index = last.complianceIndex.map { "\(Int($0.rounded()))/100" } ?? "no data"
            return (
                [
                    "Last governance pass at \(RFC3339Time.text(last.time)): \(last.status.rawValue), compliance index \(index)",
                    "  breaches: "
                        + (last.breaches.isEmpty ? "none" : last.breaches.map(\.objective).joined(separator: ", ")),
                    "Live component health, SLIs and burn rates need the running daemon.", note,
                ], nil
            )
        case .audit:
            let file = "\(session.command.logs)/audit.ndjson"
            let lines = (FileManager.default.contents(atPath: file) ?? Data()).split(separator: UInt8(ascii: "\n"))
            let entries = lines.suffix(15).compactMap {
                try? JSONSerialization.jsonObject(with: Data($0)) as? [String: Any]
            }
            return (Self.audit(entries) + consoleHistory() + [note], entries)
        case .payments, .forecast, .explain:
            return (
                [
                    "\(intent.kind.rawValue) reads live series and needs the running daemon; none answers at \(session.command.url)."
                ],
                nil
            )
        case .routes, .action: return ([], nil)
        }
    }
}
