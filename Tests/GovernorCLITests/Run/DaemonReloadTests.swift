import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// Policy files edited under a running daemon: a broken save is reported with its position and changes nothing,
/// a good one is adopted, and no tick is missed either way.
@Suite struct DaemonReloadTests {
    @Test func aBrokenReloadKeepsTheOldRulesAndAGoodOneIsAdoptedWithNoMissedTick() throws {
        let workspace = try DaemonWorkspace()
        let policies = workspace.directory.appendingPathComponent("policies")
        try FileManager.default.copyItem(
            at: GovernorBinary.packageRoot.appendingPathComponent("policies"), to: policies)
        let daemon = try DaemonProcess(
            workspace.runArguments([
                "--policies", policies.path, "--simulate", "payment-outage", "--speed", "120", "--stop-after", "20m",
                "--watch-interval", "200ms",
            ]), environment: DaemonWorkspace.environment,
            output: workspace.directory.appendingPathComponent("output.txt"))
        let extra = policies.appendingPathComponent("extra.yaml")

        try Self.waitFor("governor 0.", in: daemon, seconds: 20)
        usleep(1_000_000)
        try "groups:\n  - name: extra\n    rules:\n      - alert: Broken\n        expr: sum((up)\n".write(
            to: extra, atomically: true, encoding: .utf8)
        try Self.waitFor("RELOAD", in: daemon, seconds: 20)
        usleep(1_000_000)
        try
            "groups:\n  - name: extra\n    interval: 10s\n    rules:\n      - alert: AlwaysOn\n        expr: vector(1)\n"
            .write(to: extra, atomically: true, encoding: .utf8)

        #expect(daemon.wait(atMost: 60) == 0)
        let output = daemon.output
        #expect(output.contains("policy files changed: failed, the running policies stay in force:"))
        #expect(output.contains("extra.yaml:5:"))
        #expect(output.contains("policy files changed: now 10 groups"))
        #expect(output.contains("FIRING    AlwaysOn"))
        // The shipped rules kept running through both reloads: the burn-rate page fires at 00:11 as always.
        #expect(output.contains("2025-01-01T00:11:00Z  FIRING    PaymentSuccessBurnRate"))
        #expect(output.contains(", 0 missed,"))
    }

    /// Waits until the output contains `text`.
    static func waitFor(_ text: String, in daemon: DaemonProcess, seconds: Double) throws {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            let output = daemon.output
            if output.contains(text) { return }
            usleep(50_000)
        }
        throw TimedOut(waitingFor: text, output: daemon.output)
    }

    struct TimedOut: Error, CustomStringConvertible {
        var waitingFor: String
        var output: String
        var description: String { "timed out waiting for \(waitingFor) in:\n\(output)" }
    }
}
