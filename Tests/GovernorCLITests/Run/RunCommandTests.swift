import Foundation
import GovernorTestSupport
import Testing

/// `governor run` as a child process, on the simulator's payment outage at an accelerated clock, delivering to a
/// loopback server shaped like the Telegram Bot API.
@Suite struct RunCommandTests {
    @Test func thePaymentOutageReachesTelegramWithTheSeedTextAndEveryGovernancePassIsLogged() throws {
        let workspace = try DaemonWorkspace()
        let outcome = try workspace.run(["--simulate", "payment-outage", "--speed", "600", "--stop-after", "45m"])
        #expect(outcome.status == 0, "\(outcome.standardError)")

        let texts = workspace.telegramTexts
        let seed = try #require(texts.first { $0.hasPrefix("GOVERNANCE ALERT\nStatus: BREACH\nCompliance Index: ") })
        #expect(seed.contains("\nBreaches: payment_success"))
        #expect(texts.contains { $0.contains("PaymentFailureRateHigh") })

        // The governance loop runs on the quarter hours, the scenario's start included; payments fail from minute 10.
        let passes = try workspace.logLines("governance_loop.ndjson")
        #expect(
            passes.map { $0["time"] as? String } == [
                "2025-01-01T00:00:00Z", "2025-01-01T00:15:00Z", "2025-01-01T00:30:00Z", "2025-01-01T00:45:00Z",
            ])
        #expect(passes.map { $0["status"] as? String } == ["OK", "BREACH", "BREACH", "BREACH"])
        #expect(passes.last?["breaches"] as? [String] == ["payment_success"])
        #expect(outcome.standardOutput.contains("FIRING    PaymentFailureRateHigh"))
        #expect(outcome.standardOutput.contains("0 missed"))
    }

    @Test func anAlertWithoutForFiresWithoutAPendingLine() throws {
        let workspace = try DaemonWorkspace()
        let outcome = try workspace.run(["--simulate", "payment-outage", "--speed", "600", "--stop-after", "31m"])
        #expect(outcome.status == 0)
        // GovernanceBreach has no `for`: it goes straight to firing at 00:30.
        #expect(outcome.standardOutput.contains("2025-01-01T00:30:00Z  FIRING    GovernanceBreach"))
        #expect(!outcome.standardOutput.contains("PENDING   GovernanceBreach"))
    }

    @Test func withoutATokenTheReceiverShowsWhatItWouldSend() throws {
        // Run from a scratch directory, so the shipped log receiver's relative path lands there.
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("governor-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let root = GovernorBinary.packageRoot
        let outcome = try GovernorBinary.run(
            [
                "run", "--simulate", "payment-outage", "--speed", "600", "--stop-after", "31m", "--listen",
                "127.0.0.1:0",
                "--policies", root.appendingPathComponent("policies").path,
                "--alerts", root.appendingPathComponent("alerts").path,
            ], in: directory, environment: ["GOVERNOR_TELEGRAM_BOT_TOKEN": "", "GOVERNOR_TELEGRAM_CHAT_ID": ""])
        #expect(outcome.status == 0)
        #expect(outcome.standardOutput.contains("telegram: cannot deliver"))
        #expect(outcome.standardOutput.contains("→ telegram would receive (firing, GovernanceBreach)"))
        #expect(!outcome.standardOutput.contains("test-token"))
        #expect(FileManager.default.fileExists(atPath: directory.appendingPathComponent("logs/alerts.ndjson").path))
        #expect(
            FileManager.default.fileExists(atPath: directory.appendingPathComponent("logs/notifications.ndjson").path))
    }

    @Test func aBrokenPolicyIsReportedAndTheDaemonRefusesToStart() throws {
        let workspace = try DaemonWorkspace()
        let policies = workspace.directory.appendingPathComponent("policies")
        try FileManager.default.createDirectory(at: policies, withIntermediateDirectories: true)
        try "groups:\n  - name: g\n    rules:\n      - alert: A\n        expr: sum((up)\n".write(
            to: policies.appendingPathComponent("bad.yaml"), atomically: true, encoding: .utf8)
        let outcome = try workspace.run(["--policies", policies.path, "--simulate", "normal", "--stop-after", "1m"])
        #expect(outcome.status == 1)
        #expect(outcome.standardError.contains("bad.yaml:5:"))
        #expect(outcome.standardError.contains("nothing was started"))
    }

    @Test(arguments: [
        (["--speed", "0", "--simulate", "normal"], "--speed must be a positive number"),
        (["--speed", "10"], "--speed needs --simulate or --history"),
        (["--simulate", "payment-outag"], "payment-outage"),
        (["--simulate", "normal", "--stop-after", "soon"], "--stop-after \"soon\" is not a positive duration"),
        (["--simulate", "normal", "--listen", "localhost"], "--listen \"localhost\" is not an address"),
    ])
    func badOptionsAreUsageErrors(arguments: [String], message: String) throws {
        let outcome = try GovernorBinary.run(["run"] + arguments)
        #expect(outcome.status == 64)
        #expect(outcome.standardError.contains(message))
    }

    @Test func anAddressInUseStopsTheStartWithAHint() throws {
        let occupant = try LoopbackHTTPServer { _, _ in .respond(status: 200) }
        defer { occupant.stop() }
        let workspace = try DaemonWorkspace()
        let outcome = try GovernorBinary.run(
            [
                "run", "--simulate", "normal", "--stop-after", "1m", "--speed", "60", "--state",
                workspace.state.path, "--logs", workspace.logs.path, "--listen", "127.0.0.1:\(occupant.port)",
            ], in: GovernorBinary.packageRoot)
        #expect(outcome.status == 1)
        #expect(outcome.standardError.contains("cannot listen on 127.0.0.1:\(occupant.port): the address is in use"))
    }
}
