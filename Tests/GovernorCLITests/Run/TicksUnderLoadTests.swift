import Foundation
import Testing

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// A burst of API requests never delays a tick: a real `governor run` with a group due every second keeps its
/// schedule while sixteen clients hammer the telemetry and query endpoints, and its `/metrics` counts no missed tick.
@Suite(.serialized) struct TicksUnderLoadTests {
    static let key = "load-key-\(UUID().uuidString)"

    @Test(.timeLimit(.minutes(3)))
    func aBurstOfRequestsDoesNotDelayTheTicks() async throws {
        let workspace = try DaemonWorkspace()
        let policies = workspace.directory.appendingPathComponent("policies")
        try FileManager.default.copyItem(
            at: GovernorBinary.packageRoot.appendingPathComponent("policies"), to: policies)
        // A group due every second, with enough rules that each tick does real work.
        var fast = "groups:\n  - name: every-second\n    interval: 1s\n    rules:\n"
        for rule in 1...200 {
            fast += """
                      - alert: ErrorRatio\(rule)
                        expr: sum by (job) (rate(http_requests_total{code=~"5.."}[5m])) / sum by (job) (rate(http_requests_total[5m])) > 0.\(rule)

                """
        }
        try fast.write(to: policies.appendingPathComponent("every-second.yaml"), atomically: true, encoding: .utf8)
        let daemon = try DaemonProcess(
            workspace.runArguments([
                "--policies", policies.path, "--simulate", "normal", "--speed", "1", "--metrics-without-key",
            ]).map { $0 == workspace.alerts.path ? "none" : $0 },
            environment: ["GOVERNOR_DASH_KEY": Self.key], output: workspace.directory.appendingPathComponent("out.txt"))
        defer {
            daemon.kill(SIGTERM)
            daemon.wait(atMost: 10)
        }
        let base = try await Self.readyBase(daemon)

        let ticksBefore = try await Self.metric(
            base, "governor_rule_group_duration_seconds_count", group: "every-second")
        let missedBefore = try await Self.metric(base, "governor_missed_ticks_total", group: nil)
        let started = Date()
        let answered = try await withThrowingTaskGroup(of: Int.self) { tasks in
            for client in 0..<16 {
                tasks.addTask {
                    let path = client % 2 == 0 ? "/api/ops/telemetry" : "/api/v1/query?query=sum%20by%20(job)%20(up)"
                    var count = 0
                    while Date().timeIntervalSince(started) < 6 {
                        var request = URLRequest(url: URL(string: base + path)!)
                        request.setValue(Self.key, forHTTPHeaderField: "X-Dash-Key")
                        let (_, response) = try await URLSession.shared.data(for: request)
                        if (response as? HTTPURLResponse)?.statusCode == 200 { count += 1 }
                    }
                    return count
                }
            }
            return try await tasks.reduce(0, +)
        }
        let seconds = Date().timeIntervalSince(started)
        let ticks =
            try await Self.metric(base, "governor_rule_group_duration_seconds_count", group: "every-second")
            - ticksBefore
        let missed = try await Self.metric(base, "governor_missed_ticks_total", group: nil) - missedBefore
        print(
            "under load: \(answered) answers in \(String(format: "%.1f", seconds)) s, \(Int(ticks)) ticks, \(Int(missed)) missed"
        )
        #expect(answered > 100, "the API answered only \(answered) requests in \(seconds) s")
        #expect(missed == 0, "\(missed) ticks were missed under load:\n\(daemon.output)")
        #expect(ticks >= seconds - 2, "only \(ticks) ticks of a 1 s group ran in \(seconds) s under load")
    }

    /// The daemon's base URL once it answers `/readyz`.
    static func readyBase(_ daemon: DaemonProcess) async throws -> String {
        for _ in 0..<600 {
            if let line = daemon.output.split(separator: "\n").first(where: { $0.contains("http:    http://") }),
                let url = line.split(separator: " ").first(where: { $0.hasPrefix("http://") })
            {
                let base = String(url)
                if let (_, response) = try? await URLSession.shared.data(from: URL(string: base + "/readyz")!),
                    (response as? HTTPURLResponse)?.statusCode == 200
                {
                    return base
                }
            }
            try await Task.sleep(for: .milliseconds(100))
        }
        throw DaemonNotReady(output: daemon.output)
    }

    /// The sum of a family's samples on `/metrics`, over the series of one group (or all of them).
    static func metric(_ base: String, _ name: String, group: String?) async throws -> Double {
        let (data, _) = try await URLSession.shared.data(from: URL(string: base + "/metrics")!)
        var sum = 0.0
        for line in String(decoding: data, as: UTF8.self).split(separator: "\n")
        where line.hasPrefix(name + "{") || line.hasPrefix(name + " ") {
            if let group, !line.contains("group=\"\(group)\"") { continue }
            sum += Double(line.split(separator: " ").last ?? "") ?? 0
        }
        return sum
    }

    struct DaemonNotReady: Error, CustomStringConvertible {
        var output: String
        var description: String { "governor run did not become ready:\n\(output)" }
    }
}
