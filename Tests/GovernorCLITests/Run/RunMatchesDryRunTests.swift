import Foundation
import Testing

/// The daemon and `dry-run` share one evaluation runtime, so the same history through both gives the same alert
/// state changes, and the same receivers are told about the same alerts.
@Suite struct RunMatchesDryRunTests {
    @Test(arguments: ["payment-outage", "latency-regression", "security-flood"])
    func theSameHistoryGivesTheSameStateChangesAndNotifications(scenario: String) throws {
        let workspace = try DaemonWorkspace()
        let history = workspace.directory.appendingPathComponent("\(scenario).ndjson").path
        let simulated = try GovernorBinary.run(["simulate", scenario, "--to", history, "--duration", "50m"])
        #expect(simulated.status == 0, "\(simulated.standardError)")

        let dryRun = try GovernorBinary.run(
            ["dry-run", "--history", history, "--alerts", workspace.alerts.path, "--format", "json"],
            in: GovernorBinary.packageRoot, environment: DaemonWorkspace.environment)
        #expect(dryRun.status == 0, "\(dryRun.standardError)")
        let report = try #require(
            try JSONSerialization.jsonObject(with: Data(dryRun.standardOutput.utf8)) as? [String: Any])
        let replayed = Self.visibleChanges(report["stateChanges"] as? [[String: Any]] ?? [])

        let run = try workspace.run(["--history", history, "--speed", "1200"])
        #expect(run.status == 0, "\(run.standardError)")
        let logged = try workspace.loggedStateChanges()

        #expect(!replayed.isEmpty)
        #expect(logged == replayed)

        // Who is told about what: every receiver dry-run names for a firing alert gets a notification for it.
        let told = Set(
            (report["notifications"] as? [[String: Any]] ?? []).filter { $0["status"] as? String == "firing" }
                .flatMap { notification in
                    (notification["receivers"] as? [String] ?? []).map { "\($0) \(notification["alertname"] ?? "")" }
                })
        let sent = Set(
            try workspace.logLines("alerts.ndjson").filter {
                $0["kind"] as? String == "notification" && $0["outcome"] as? String == "sent"
            }.compactMap { line -> String? in
                guard let receiver = line["receiver"] as? String, let key = line["group_key"] as? String,
                    let name = key.firstMatch(of: /alertname="([^"]+)"/)?.1
                else { return nil }
                return "\(receiver) \(name)"
            })
        #expect(!told.isEmpty)
        #expect(sent == told)
    }

    /// Dry-run's state changes as the daemon logs them: an alert that becomes pending and fires at the same instant
    /// (no `for`) is shown firing only.
    static func visibleChanges(_ changes: [[String: Any]]) -> [String] {
        let lines = changes.map { change -> (key: String, state: String, line: String) in
            let labels = (change["labels"] as? [String: String] ?? [:]).sorted { $0.key < $1.key }
                .map { "\($0.key)=\($0.value)" }.joined(separator: ",")
            let key = "\(change["time"] as? String ?? "") \(change["alertname"] as? String ?? "") {\(labels)}"
            let state = change["state"] as? String ?? ""
            return (key, state, "\(key) \(state)")
        }
        let firedAt = Set(lines.filter { $0.state == "firing" }.map(\.key))
        return lines.filter { $0.state != "pending" || !firedAt.contains($0.key) }.map(\.line)
    }
}
