import Foundation
import Testing

/// The interactive console in a real terminal (tmux): it answers status, completes an alert name with Tab, asks
/// before a silence, and the daemon then holds the silence and shows the alert as silenced.
@Suite(.serialized) struct ConsoleREPLTests {
    /// Starts a detached session. Not waited for: when no tmux server runs yet, this client forks one, which
    /// inherits the descriptor Foundation watches for the child's end, so waiting would never return; the session
    /// is polled for instead.
    static func startSession(_ arguments: [String], name: String) async throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["tmux", "new-session", "-d", "-s", name] + arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        for _ in 0..<100 {
            if try tmux(["list-sessions", "-F", "#{session_name}"]).contains(name) { return }
            try await Task.sleep(for: .milliseconds(100))
        }
        throw ConsoleHarnessError("tmux did not start session \(name)")
    }

    static func tmux(_ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["tmux"] + arguments
        // A file, not a pipe: the tmux server that `new-session` starts would hold a pipe open for ever.
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("tmux-\(UUID().uuidString)")
        FileManager.default.createFile(atPath: file.path, contents: nil)
        defer { try? FileManager.default.removeItem(at: file) }
        let handle = try FileHandle(forWritingTo: file)
        process.standardOutput = handle
        process.standardError = handle
        try process.run()
        process.waitUntilExit()
        try handle.close()
        return try String(contentsOf: file, encoding: .utf8)
    }

    /// Waits until the pane shows `text`, up to `seconds`; returns the pane.
    static func waitFor(_ text: String, session: String, seconds: Double = 20) async throws -> String {
        let deadline = Date().addingTimeInterval(seconds)
        var pane = ""
        while Date() < deadline {
            pane = try tmux(["capture-pane", "-p", "-J", "-S", "-200", "-t", session])
            if pane.contains(text) { return pane }
            try await Task.sleep(for: .milliseconds(100))
        }
        Issue.record("the console never showed \(text); the pane:\n\(pane)")
        return pane
    }

    @Test(.timeLimit(.minutes(3))) func theREPLAnswersStatusAndASilenceConfirmedAtThePromptTakesEffect() async throws {
        let harness = try await ConsoleHarness()
        defer { harness.stop() }
        guard let executable = GovernorBinary.executable else { throw GovernorBinary.MissingBinary() }
        let session = "governor-console-\(UUID().uuidString.prefix(8))"
        let command =
            ["env", "GOVERNOR_DASH_KEY=\(harness.key)", executable.path] + harness.arguments([])
        try await Self.startSession(["-x", "200", "-y", "50"] + command, name: session)
        defer { _ = try? Self.tmux(["kill-session", "-t", session]) }
        _ = try await Self.waitFor("governor> ", session: session)

        _ = try Self.tmux(["send-keys", "-t", session, "show system status", "Enter"])
        let status = try await Self.waitFor("Overall health: ", session: session)
        for component in ["scheduler", "finance", "slo", "security", "system", "automation", "governance"] {
            #expect(status.contains("  \(component) "), "\(component) missing:\n\(status)")
        }

        // Tab completes the alert name the daemon's rules give.
        _ = try Self.tmux(["send-keys", "-t", session, "silence PaymentFailureR", "Tab"])
        _ = try await Self.waitFor("governor> silence PaymentFailureRateHigh ", session: session)
        _ = try Self.tmux(["send-keys", "-t", session, "for 1h", "Enter"])
        let question = try await Self.waitFor("[y/N]", session: session)
        #expect(question.contains(#"silence alertname="PaymentFailureRateHigh" for 1h? This changes the daemon"#))
        #expect(try await harness.activeSilences().isEmpty)
        _ = try Self.tmux(["send-keys", "-t", session, "y", "Enter"])
        let done = try await Self.waitFor("To undo: governor console \"expire silence ", session: session)
        #expect(done.contains(#"silenced {alertname="PaymentFailureRateHigh"} for 1h (id "#))

        let silences = try await harness.activeSilences()
        #expect(silences.count == 1)
        let id = try #require(silences.first?["id"] as? String)
        // The silence takes effect: once the outage makes the alert active, the daemon reports it silenced by it.
        var silencedBy: [String] = []
        for _ in 0..<300 where silencedBy.isEmpty {
            let alerts = try await harness.get("/api/v2/alerts?silenced=true").json as? [[String: Any]] ?? []
            silencedBy = alerts.filter { ($0["labels"] as? [String: String])?["alertname"] == "PaymentFailureRateHigh" }
                .flatMap { (($0["status"] as? [String: Any])?["silencedBy"] as? [String]) ?? [] }
            if silencedBy.isEmpty { try await Task.sleep(for: .milliseconds(200)) }
        }
        #expect(silencedBy.contains(id))

        // Up arrow brings the last request back from the history.
        _ = try Self.tmux(["send-keys", "-t", session, "Up"])
        _ = try await Self.waitFor("governor> silence PaymentFailureRateHigh for 1h", session: session)
        _ = try Self.tmux(["send-keys", "-t", session, "C-u", "quit", "Enter"])
        let lines = try harness.consoleAudit()
        #expect(lines.map { $0["intent"] as? String } == ["status", "silence"])
        #expect(lines.last?["confirmation"] as? String == "confirmed" && lines.last?["outcome"] as? String == "done")
    }
}
