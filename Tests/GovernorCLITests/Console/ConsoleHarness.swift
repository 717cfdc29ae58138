import Foundation
import GovernorTestSupport

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// A `governor run` on the payment-outage simulation with its HTTP API on a free loopback port, and `governor
/// console` runs against it, each with standard input from /dev/null unless the test gives one.
final class ConsoleHarness {
    let workspace: DaemonWorkspace
    let daemon: DaemonProcess
    let port: Int
    let key = "console-key-\(UUID().uuidString)"

    init() async throws {
        workspace = try DaemonWorkspace()
        daemon = try DaemonProcess(
            workspace.runArguments(["--simulate", "payment-outage", "--speed", "60"]),
            environment: DaemonWorkspace.environment.merging(["GOVERNOR_DASH_KEY": key]) { _, new in new },
            output: workspace.directory.appendingPathComponent("daemon.out"))
        var found: Int?
        for _ in 0..<600 where found == nil {
            try await Task.sleep(for: .milliseconds(50))
            if let line = daemon.output.split(separator: "\n").first(where: {
                $0.contains("http:    http://127.0.0.1:")
            }) {
                found = Int(line.split(separator: ":")[3].prefix { $0.isNumber })
            }
        }
        guard let found else {
            daemon.kill()
            throw ConsoleHarnessError("the daemon did not start listening: \(daemon.output)")
        }
        port = found
        for _ in 0..<200 {
            if (try? await get("/readyz", key: nil).status) == 200 { break }
            try await Task.sleep(for: .milliseconds(50))
        }
    }

    func stop() {
        daemon.kill(SIGTERM)
        daemon.wait(atMost: 10)
    }

    var url: String { "http://127.0.0.1:\(port)" }
    var consoleLog: URL { workspace.logs.appendingPathComponent("ai_console.ndjson") }

    /// The console's arguments for this daemon, before the caller's.
    func arguments(_ extra: [String]) -> [String] {
        [
            "console", "--url", url, "--state", workspace.state.path, "--logs", workspace.logs.path, "--alerts",
            workspace.alerts.path,
        ] + extra
    }

    /// One `governor console` run; its JSON answer parsed when there is one.
    func console(_ extra: [String], environment: [String: String] = [:]) throws -> (
        status: Int32, json: [String: Any], output: String
    ) {
        guard let executable = GovernorBinary.executable else { throw GovernorBinary.MissingBinary() }
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments(extra)
        process.currentDirectoryURL = GovernorBinary.packageRoot
        var merged = ProcessInfo.processInfo.environment.merging(environment) { _, new in new }
        merged["GOVERNOR_DASH_KEY"] = key
        process.environment = merged
        process.standardInput = FileHandle.nullDevice
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let text = String(decoding: data, as: UTF8.self)
        let json = (try? JSONSerialization.jsonObject(with: data) as? [String: Any]) ?? [:]
        return (process.terminationStatus, json, text)
    }

    func get(_ path: String, key: String?? = .none) async throws -> (status: Int, json: Any) {
        var request = URLRequest(url: URL(string: url + path)!)
        switch key {
        case .none: request.setValue(self.key, forHTTPHeaderField: "X-Dash-Key")
        case .some(.some(let key)): request.setValue(key, forHTTPHeaderField: "X-Dash-Key")
        case .some(.none): break
        }
        let (data, response) = try await URLSession.shared.data(for: request)
        return ((response as! HTTPURLResponse).statusCode, try JSONSerialization.jsonObject(with: data))
    }

    /// The daemon's audit entries (`GET /api/ops/audit`).
    func daemonAudit() async throws -> [[String: Any]] {
        ((try await get("/api/ops/audit?limit=1000").json as? [String: Any])?["entries"] as? [[String: Any]]) ?? []
    }

    func activeSilences() async throws -> [[String: Any]] {
        let all = try await get("/api/v2/silences").json as? [[String: Any]] ?? []
        return all.filter { ($0["status"] as? [String: Any])?["state"] as? String == "active" }
    }

    /// The console's audit lines.
    func consoleAudit() throws -> [[String: Any]] {
        guard let text = try? String(contentsOf: consoleLog, encoding: .utf8) else { return [] }
        return text.split(separator: "\n").compactMap {
            try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]
        }
    }
}

struct ConsoleHarnessError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
