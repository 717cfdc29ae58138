import Foundation
import GovernorQuery
import GovernorSources
import GovernorTestSupport
import Testing

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// Debian's Prometheus 2.42, started by the test on loopback, scraping a node_exporter the test also starts.
/// The client's answers must equal Prometheus's JSON, and Governor's own evaluator must agree with Prometheus
/// on the same raw samples.
@Suite(.serialized) struct RealPrometheusQueryTests {
    final class Backend {
        let exporter: ChildProcess
        let prometheus: ChildProcess
        var client: PrometheusQueryClient {
            PrometheusQueryClient(baseURL: URL(string: prometheus.baseURL)!, timeout: 5_000)
        }

        init() async throws {
            exporter = try await startNodeExporter()
            let target = "127.0.0.1:\(exporter.port)"
            prometheus = try ChildProcess("/usr/bin/prometheus") { port, directory in
                let config = directory.appendingPathComponent("prometheus.yml")
                try? """
                global: {scrape_interval: 1s, evaluation_interval: 1s}
                scrape_configs:
                  - job_name: node
                    static_configs: [{targets: ['\(target)']}]
                """.write(to: config, atomically: true, encoding: .utf8)
                return [
                    "--config.file=\(config.path)",
                    "--storage.tsdb.path=\(directory.appendingPathComponent("data").path)",
                    "--web.listen-address=127.0.0.1:\(port)",
                ]
            }
            try await prometheus.waitUntilReady(path: "/-/ready", seconds: 30)
        }

        /// Waits until Prometheus holds at least `count` scrapes of the exporter.
        func waitForScrapes(_ count: Int) async throws {
            for _ in 0..<200 {
                let now = Int64(Date().timeIntervalSince1970 * 1_000)
                if case .vector(let vector) = try? await client.query("count_over_time(up[1m])", at: now),
                    let scrapes = vector.first?.value, scrapes >= Double(count)
                {
                    return
                }
                try await Task.sleep(for: .milliseconds(200))
            }
            throw ServerError("Prometheus did not scrape node_exporter \(count) times in 40s")
        }

        /// What Prometheus's own JSON says, decoded by hand, to check the client against.
        func rawJSON(_ expression: String, at time: Timestamp) async throws -> [String: Any] {
            var components = URLComponents(string: prometheus.baseURL + "/api/v1/query")!
            components.queryItems = [
                URLQueryItem(name: "query", value: expression),
                URLQueryItem(name: "time", value: PrometheusTimestampFormat.seconds(time)),
            ]
            let (data, _) = try await URLSession.shared.data(from: components.url!)
            return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        }
    }

    @Test func answersEqualPrometheusJSONAndGovernorsEvaluator() async throws {
        let backend = try await Backend()
        try await backend.waitForScrapes(6)
        let client = backend.client
        let time = Int64(Date().timeIntervalSince1970 * 1_000) - 500

        // An instant vector, field by field against the raw JSON.
        guard case .vector(let up) = try await client.query("up", at: time) else {
            Issue.record("up is not a vector")
            return
        }
        let raw = try await backend.rawJSON("up", at: time)
        let rawResult = try #require((raw["data"] as? [String: Any])?["result"] as? [[String: Any]])
        #expect(up.count == rawResult.count && up.count == 1)
        #expect(up.first?.labels == Labels(try #require(rawResult.first?["metric"] as? [String: String])))
        #expect(
            up.first?.labels == ["__name__": "up", "job": "node", "instance": "127.0.0.1:\(backend.exporter.port)"])
        #expect(up.first?.value == 1)
        #expect(up.first?.timestamp == time)

        #expect(try await client.query("1 + 1", at: time) == .scalar(2, time))
        #expect(try await client.query("\"governor\"", at: time) == .string("governor", time))

        // The raw samples Prometheus holds, fed to Governor's evaluator, give the answers Prometheus gives.
        guard case .matrix(let raw2m) = try await client.query("{job=\"node\"}[2m]", at: time) else {
            Issue.record("a range selector must give a matrix")
            return
        }
        var storage = InMemoryStorage()
        for series in raw2m {
            for point in series.points {
                storage.append(labels: series.labels, timestamp: point.timestamp, value: point.value)
            }
        }
        #expect(storage.seriesCount > 20)
        let expressions = [
            "sum by (mode) (rate(node_cpu_seconds_total[30s]))",
            "node_memory_MemAvailable_bytes / node_memory_MemTotal_bytes",
            "max(node_filesystem_avail_bytes) > bool 0",
            "count by (mode) (node_cpu_seconds_total)",
            "increase(node_context_switches_total[20s])",
            "scrape_samples_scraped",
        ]
        for expression in expressions {
            let remote = try await client.query(expression, at: time)
            let local = try QueryEngine().query(expression, at: time, storage: storage)
            if case .vector(let vector) = remote { #expect(!vector.isEmpty, "\(expression) must compare something") }
            #expect(sameValue(remote, local), "\(expression): Prometheus \(remote), Governor \(local)")
        }

        // A query Prometheus refuses comes back as its typed error.
        do {
            _ = try await client.query("rate(up)", at: time)
            Issue.record("rate(up) must fail")
        } catch {
            guard case .api("bad_data", let message, 400) = error else {
                Issue.record("expected bad_data, got \(error)")
                return
            }
            #expect(message.contains("expected type range vector in call to function \"rate\", got instant vector"))
        }
    }

    /// Equal labels and timestamps, values equal to 1e-9 relative (the two sum in different orders).
    func sameValue(_ left: Value, _ right: Value) -> Bool {
        guard case .vector(let a) = left, case .vector(let b) = right else { return left == right }
        let sortedA = a.sorted { $0.labels < $1.labels }
        let sortedB = b.sorted { $0.labels < $1.labels }
        return sortedA.count == sortedB.count
            && zip(sortedA, sortedB).allSatisfy { x, y in
                x.labels == y.labels && x.timestamp == y.timestamp
                    && (x.value == y.value || abs(x.value - y.value) <= 1e-9 * max(abs(x.value), abs(y.value)))
            }
    }
}
