import Foundation
import GovernorTestSupport
import Testing

/// The scale-out path: a group that names a `backend` is evaluated by a real Prometheus 2.42 (as Thanos Ruler
/// evaluates against a store), while alert state stays in Governor. The same rules evaluated locally, on what
/// Governor scrapes itself from the same node_exporter, must give the same alerts.
@Suite struct RemoteBackendTests {
    @Test func theSameRulesGiveTheSameAlertsLocallyAndThroughARealPrometheus() async throws {
        let exporter = try await startNodeExporter()
        let target = "127.0.0.1:\(exporter.port)"
        let prometheus = try await startPrometheus(scraping: [target])
        let workspace = try DaemonWorkspace()
        let policies = workspace.directory.appendingPathComponent("policies")
        try FileManager.default.createDirectory(at: policies, withIntermediateDirectories: true)
        try """
        kind: Sources
        series: [up, node_cpu_seconds_total]
        scrape:
          - job: node
            targets: ["\(target)"]
            interval: 1s
            timeout: 1s
        """.write(to: policies.appendingPathComponent("sources.yaml"), atomically: true, encoding: .utf8)
        let rules = """
                rules:
                  - alert: NodeUp
                    expr: up{job="node"} == 1
                  - alert: CPUModes
                    expr: count by (mode) (node_cpu_seconds_total{job="node"}) > 0
                  - alert: NothingIdle
                    expr: count(node_cpu_seconds_total{job="node", mode="no-such-mode"}) > 0
            """
        try """
        kind: Rules
        groups:
          - name: local
            interval: 2s
        \(rules)
          - name: remote
            interval: 2s
            backend: \(prometheus.baseURL)
        \(rules)
        """.write(to: policies.appendingPathComponent("rules.yaml"), atomically: true, encoding: .utf8)

        let outcome = try GovernorBinary.run(
            [
                "run", "--policies", policies.path, "--alerts", "none", "--state", workspace.state.path, "--logs",
                workspace.logs.path, "--stop-after", "9s", "--listen", "127.0.0.1:0",
            ], in: GovernorBinary.packageRoot)
        #expect(outcome.status == 0, "\(outcome.standardOutput)\n\(outcome.standardError)")

        let firing = try workspace.logLines("alerts.ndjson").filter {
            $0["kind"] as? String == "state_change" && $0["state"] as? String == "firing"
        }
        func alerts(of group: String) -> Set<String> {
            Set(
                firing.filter { $0["group"] as? String == group }.map {
                    ($0["labels"] as? [String: String] ?? [:]).sorted { $0.key < $1.key }.description
                })
        }
        let local = alerts(of: "local")
        #expect(local.contains { $0.contains("\"NodeUp\"") }, "\(local)")
        #expect(local.contains { $0.contains("\"user\"") } && local.contains { $0.contains("\"idle\"") }, "\(local)")
        #expect(!local.contains { $0.contains("NothingIdle") })
        #expect(alerts(of: "remote") == local)
        withExtendedLifetime((exporter, prometheus)) {}
    }
}
