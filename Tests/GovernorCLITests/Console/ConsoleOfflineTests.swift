import Foundation
import Testing

/// The console with no daemon answering: what the state database and logs hold is answered offline, the rest and
/// every change say they need the daemon; and the REPL on a pipe reads plain lines, a declined change included.
@Suite(.serialized) struct ConsoleOfflineTests {
    @Test func withTheDaemonStoppedAlertsAndAuditAreReadFromDiskAndChangesAreRefused() async throws {
        let harness = try await ConsoleHarness()
        _ = try harness.console(["--yes", "pause group governance"])
        // Let the outage raise alerts, so there is saved alert state to read.
        var active = 0
        for _ in 0..<300 where active == 0 {
            let alerts = try await harness.get("/api/v1/alerts").json as? [String: Any]
            active = ((alerts?["data"] as? [String: Any])?["alerts"] as? [Any])?.count ?? 0
            if active == 0 { try await Task.sleep(for: .milliseconds(200)) }
        }
        #expect(active > 0)
        harness.stop()

        let alerts = try harness.console(["--format", "json", "alerts"])
        #expect(alerts.status == 0, "\(alerts.output)")
        let lines = try #require(alerts.json["lines"] as? [String])
        #expect(lines.first?.contains("firing") == true || lines.first?.contains("pending") == true, "\(lines)")
        #expect(lines.last?.hasPrefix("(offline: no daemon answers at \(harness.url)") == true)

        let audit = try harness.console(["audit"])
        #expect(audit.output.contains("pause-group") && audit.output.contains("paused group governance"))

        let payments = try harness.console(["--format", "json", "payments"])
        #expect(payments.status == 0)
        #expect((payments.json["lines"] as? [String])?.first?.contains("needs the running daemon") == true)

        let change = try harness.console(["--yes", "--format", "json", "resume group governance"])
        #expect(change.status == 1 && change.json["outcome"] as? String == "failed")
        #expect((change.json["lines"] as? [String])?.first?.contains("needs the running daemon") == true)
    }

    @Test func theREPLOnAPipeAnswersAndADeclinedChangeIsNotMade() async throws {
        let harness = try await ConsoleHarness()
        defer { harness.stop() }
        guard let executable = GovernorBinary.executable else { throw GovernorBinary.MissingBinary() }
        let process = Process()
        process.executableURL = executable
        process.arguments = harness.arguments([])
        process.environment = ProcessInfo.processInfo.environment.merging(["GOVERNOR_DASH_KEY": harness.key]) {
            _, new in new
        }
        let input = Pipe()
        let output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = output
        try process.run()
        input.fileHandleForWriting.write(Data("help\ncheck slo\nreload policies\nn\nstauts\nquit\n".utf8))
        try input.fileHandleForWriting.close()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        #expect(text.contains("Changing (asks y/N first, says how to undo):"))
        #expect(text.contains("SLOs: "))
        #expect(text.contains("reload? This changes the daemon; nothing to undo afterwards. [y/N] "))
        #expect(text.contains("Not done."))
        #expect(text.contains("I don't know how to do that.") && text.contains("show system status"))
        #expect(text.contains("\u{1B}[") == false, "colour on a pipe")
        #expect(try await harness.daemonAudit().isEmpty)
        let lines = try harness.consoleAudit()
        #expect(lines.map { $0["outcome"] as? String } == ["answered", "refused", "clarified"])
        #expect(lines[1]["confirmation"] as? String == "declined")
    }
}
