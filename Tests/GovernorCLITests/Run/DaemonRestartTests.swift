import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// The daemon killed with SIGKILL at random points of a simulated payment outage and restarted on the same state
/// each time: no notification is lost, none arrives more than twice, and no firing alert goes back to pending.
/// Notifications are counted where the log receiver wrote them, per alert and status: after a restart an alert
/// can reach its receiver in a differently batched group, and a text can differ (templates read live values at
/// the moment a group is flushed), but what each alert's receivers are told must not.
@Suite struct DaemonRestartTests {
    static let arguments = ["--simulate", "payment-outage", "--speed", "300", "--stop-after", "40m"]

    @Test func killedTwentyTimesItLosesNothingAndRepeatsNothingMoreThanTwice() throws {
        let reference = try DaemonWorkspace()
        #expect(try reference.run(Self.arguments).status == 0)
        let expected = Self.counts(try reference.deliveredAlerts())
        #expect(!expected.isEmpty)

        let workspace = try DaemonWorkspace()
        var random = SystemRandomNumberGenerator()
        var kills = 0
        var finished = false
        while !finished {
            let daemon = try DaemonProcess(
                workspace.runArguments(Self.arguments), environment: DaemonWorkspace.environment,
                output: workspace.directory.appendingPathComponent("output.txt"))
            if kills < 20 {
                usleep(UInt32.random(in: 150_000...700_000, using: &random))
                daemon.kill()
                daemon.process.waitUntilExit()
                finished = daemon.process.terminationReason == .exit
                kills += 1
            } else {
                #expect(daemon.wait(atMost: 120) == 0, "\(daemon.output.suffix(2_000))")
                finished = true
            }
        }

        // Every alert the uninterrupted run told about is told about again, at most twice as often (a notification
        // in flight at a kill may be sent once more), and nothing else is told.
        let received = Self.counts(try workspace.deliveredAlerts())
        for (alert, count) in expected {
            let times = received[alert] ?? 0
            #expect(
                (1...(2 * count)).contains(times),
                "\(alert): \(count) time(s) uninterrupted, \(times) with kills (runs kept in \(workspace.directory.path))"
            )
        }
        let unexpected = Set(received.keys).subtracting(expected.keys).sorted()
        #expect(unexpected.isEmpty, "told only with kills: \(unexpected)")

        // What the governance rules computed is what they compute without kills: a restart rebuilds the recorded
        // series that windows read.
        #expect(try Self.governancePasses(workspace) == Self.governancePasses(reference))

        // Across all the runs' logs, a firing alert is only ever followed by its resolution.
        var last: [String: String] = [:]
        for change in try workspace.loggedStateChanges() {
            let parts = change.split(separator: " ")
            let alert = parts.dropFirst().dropLast().joined(separator: " ")
            let state = String(parts.last ?? "")
            #expect(!(last[alert] == "firing" && state == "pending"), "\(alert) went from firing back to pending")
            last[alert] = state
        }
    }

    @Test func aKillRightAfterAnAlertFiresDoesNotLoseItsNotification() throws {
        let workspace = try DaemonWorkspace()
        let arguments = workspace.runArguments([
            "--simulate", "payment-outage", "--speed", "120", "--stop-after", "35m",
        ])
        let output = workspace.directory.appendingPathComponent("output.txt")
        let first = try DaemonProcess(arguments, environment: DaemonWorkspace.environment, output: output)
        let deadline = Date().addingTimeInterval(90)
        while !first.output.contains("FIRING    PaymentFailureRateHigh") && Date() < deadline { usleep(20_000) }
        first.kill()
        first.process.waitUntilExit()
        // The governance group that raised it next runs at 00:45, after the end: only the restart can send it.
        let second = try DaemonProcess(arguments, environment: DaemonWorkspace.environment, output: output)
        #expect(second.wait(atMost: 120) == 0)
        #expect(try workspace.deliveredAlerts().contains { $0.contains("alertname=PaymentFailureRateHigh") })
    }

    /// Each governance pass's time, status and compliance index; the last word for a time a restart ran twice.
    static func governancePasses(_ workspace: DaemonWorkspace) throws -> [String: String] {
        var passes: [String: String] = [:]
        for line in try workspace.logLines("governance_loop.ndjson") {
            let index = (line["compliance_index"] as? Double).map { String(format: "%.6f", $0) } ?? "none"
            passes[line["time"] as? String ?? ""] = "\(line["status"] as? String ?? "") \(index)"
        }
        return passes
    }

    /// Each distinct entry with how often it occurs.
    static func counts(_ texts: [String]) -> [String: Int] {
        texts.reduce(into: [:]) { $0[$1, default: 0] += 1 }
    }
}
