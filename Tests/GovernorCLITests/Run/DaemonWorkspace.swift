import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// A scratch directory for one `governor run`: its own state file, logs, and a copy of the shipped alerts/ whose
/// Telegram API points at a loopback catcher, with the tokens the receiver needs in the environment.
struct DaemonWorkspace {
    let directory: URL
    let telegram: NotifyWebhookCatcher

    init() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("governor-run-\(UUID().uuidString)")
        telegram = try NotifyWebhookCatcher()
        let alerts = directory.appendingPathComponent("alerts")
        try FileManager.default.createDirectory(at: alerts, withIntermediateDirectories: true)
        let shipped = GovernorBinary.packageRoot.appendingPathComponent("alerts")
        let routes = try String(contentsOf: shipped.appendingPathComponent("routes.yaml"), encoding: .utf8)
            .replacingOccurrences(
                of: "path: logs/notifications.ndjson",
                with: "path: \(directory.appendingPathComponent("notifications.ndjson").path)")
        try ("global:\n  telegram_api_url: http://127.0.0.1:\(telegram.port)\n" + routes).write(
            to: alerts.appendingPathComponent("routes.yaml"), atomically: true, encoding: .utf8)
        try FileManager.default.copyItem(
            at: shipped.appendingPathComponent("silences.yaml"), to: alerts.appendingPathComponent("silences.yaml"))
    }

    var alerts: URL { directory.appendingPathComponent("alerts") }
    var logs: URL { directory.appendingPathComponent("logs") }
    var state: URL { directory.appendingPathComponent("state.sqlite") }

    static let environment = [
        "GOVERNOR_TELEGRAM_BOT_TOKEN": "test-token", "GOVERNOR_TELEGRAM_CHAT_ID": "42",
    ]

    /// `governor run` arguments for this workspace, before the caller's own.
    func runArguments(_ extra: [String]) -> [String] {
        ["run", "--alerts", alerts.path, "--state", state.path, "--logs", logs.path, "--listen", "127.0.0.1:0"] + extra
    }

    func run(_ extra: [String]) throws -> GovernorBinary.Outcome {
        try GovernorBinary.run(runArguments(extra), in: GovernorBinary.packageRoot, environment: Self.environment)
    }

    /// The Telegram messages' texts, in arrival order.
    var telegramTexts: [String] {
        telegram.received.compactMap { body in
            (try? JSONSerialization.jsonObject(with: Data(body.utf8)) as? [String: Any])?["text"] as? String
        }
    }

    /// What the log receiver was told, one entry per alert per delivery: the alert's labels and whether the
    /// notification said it was firing or resolved.
    func deliveredAlerts() throws -> [String] {
        let text = try String(
            contentsOf: directory.appendingPathComponent("notifications.ndjson"), encoding: .utf8)
        return text.split(separator: "\n").flatMap { line -> [String] in
            guard let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
                let message = object["message"] as? [String: Any]
            else { return [] }
            return (message["alerts"] as? [[String: Any]] ?? []).map { alert in
                let labels = (alert["labels"] as? [String: String] ?? [:]).sorted { $0.key < $1.key }
                    .map { "\($0.key)=\($0.value)" }.joined(separator: ",")
                return "{\(labels)} \(alert["status"] as? String ?? "")"
            }
        }
    }

    /// Every line of one NDJSON log.
    func logLines(_ name: String) throws -> [[String: Any]] {
        let text = try String(contentsOf: logs.appendingPathComponent(name), encoding: .utf8)
        return text.split(separator: "\n").compactMap {
            try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]
        }
    }

    /// The alert state changes `governor run` logged, as `time alertname {labels} state`.
    func loggedStateChanges() throws -> [String] {
        try logLines("alerts.ndjson").filter { $0["kind"] as? String == "state_change" }.map { line in
            let labels = (line["labels"] as? [String: String] ?? [:]).sorted { $0.key < $1.key }
                .map { "\($0.key)=\($0.value)" }.joined(separator: ",")
            return "\(line["time"] as? String ?? "") \(line["alertname"] as? String ?? "") {\(labels)} "
                + "\(line["state"] as? String ?? "")"
        }
    }
}
