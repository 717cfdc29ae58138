import Foundation
import GovernorHTTP
import GovernorQuery
import GovernorTestSupport
import Testing

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// A real Prometheus 2.42 scrapes Governor's `/metrics` with the key as a bearer token: the scrape succeeds, every
/// family the issue lists is there in a shape Prometheus accepts, and a scrape with a wrong key is refused.
@Suite(.serialized) struct MetricsScrapeTests {
    @Test func aRealPrometheusScrapesTheDaemonsMetrics() async throws {
        let daemon = try await TestDaemon(
            policies: ["rules.yaml": try fixture("rules.yaml")],
            sources: [ConstantSource([(["__name__": "errors"], 1), (["__name__": "requests"], 4)])])
        defer { daemon.stop() }
        await daemon.advance(to: 0)
        // One answered request before the first scrape, so the HTTP families exist in it.
        #expect(try await daemon.request("/api/ops/telemetry").status == 200)
        let target = "127.0.0.1:\(daemon.port)"
        let prometheus = try await startPrometheus(
            scraping: [], job: "unused",
            extraConfig: """
                  - job_name: governor
                    authorization: {credentials: \(daemon.key)}
                    static_configs: [{targets: ['\(target)']}]
                  - job_name: governor-wrong-key
                    authorization: {credentials: not-the-key}
                    static_configs: [{targets: ['\(target)']}]
                """)
        defer { _ = prometheus }
        var families: Set<String> = []
        var upByJob: [String: String] = [:]
        for _ in 0..<40 where upByJob["governor"] != "1" || upByJob["governor-wrong-key"] != "0" {
            try await Task.sleep(for: .milliseconds(500))
            await daemon.advance(to: Int64(families.count + upByJob.count) * 1_000)
            upByJob = try await Self.values(prometheus, "up", by: "job")
        }
        #expect(upByJob["governor"] == "1", "Prometheus could not scrape /metrics with the key: \(upByJob)")
        #expect(upByJob["governor-wrong-key"] == "0", "a scrape with a wrong key succeeded: \(upByJob)")
        let names = try await Self.values(prometheus, "count by (__name__) ({job=\"governor\"})", by: "__name__")
        families = Set(names.keys)
        for family in [
            "governor_rule_group_duration_seconds_bucket", "governor_rules_evaluated_total",
            "governor_missed_ticks_total", "governor_series", "governor_samples", "governor_outbox_depth",
            "governor_http_requests_total", "governor_source_collections_total",
        ] {
            #expect(families.contains(family), "Prometheus holds no \(family); it has \(families.sorted())")
        }
        let rules = try await Self.values(
            prometheus, "governor_rules_evaluated_total{job=\"governor\"}", by: "group")
        #expect(Double(rules["api"] ?? "") ?? 0 >= 2, "rules evaluated as scraped: \(rules)")
    }

    /// Runs an instant query on Prometheus and returns each series' value by one of its labels.
    static func values(_ prometheus: ChildProcess, _ query: String, by label: String) async throws -> [String: String] {
        var components = URLComponents(string: prometheus.baseURL + "/api/v1/query")!
        components.queryItems = [URLQueryItem(name: "query", value: query)]
        let (data, _) = try await URLSession.shared.data(from: components.url!)
        let json = try JSONSerialization.jsonObject(with: data) as? [String: Any]
        let result = (json?["data"] as? [String: Any])?["result"] as? [[String: Any]] ?? []
        var values: [String: String] = [:]
        for series in result {
            guard let labels = series["metric"] as? [String: String], let name = labels[label],
                let value = (series["value"] as? [Any])?.last as? String
            else { continue }
            values[name] = value
        }
        return values
    }
}
