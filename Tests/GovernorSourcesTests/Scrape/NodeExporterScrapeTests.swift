import GovernorQuery
import GovernorSources
import GovernorTestSupport
import Testing

/// Debian's node_exporter, started by the test on a loopback port, scraped by Governor.
@Suite struct NodeExporterScrapeTests {
    @Test func scrapesARealNodeExporter() async throws {
        let exporter = try await startNodeExporter()
        let instance = "127.0.0.1:\(exporter.port)"
        let source = ScrapeSource(scrapeJob("node", targets: [instance], timeout: 5_000, labels: ["env": "test"]))
        let batch = await source.collect(at: 1_700_000_000_000)
        #expect(batch.error == nil)
        let byName = Dictionary(grouping: batch.samples) { $0.labels.metricName ?? "" }
        #expect(byName["up"]?.first?.value == 1)
        #expect(byName["up"]?.first?.labels == ["__name__": "up", "job": "node", "instance": instance, "env": "test"])
        let cpu = try #require(byName["node_cpu_seconds_total"])
        #expect(Set(cpu.compactMap { $0.labels["mode"] }).isSuperset(of: ["idle", "user", "system"]))
        #expect(cpu.allSatisfy { $0.labels["job"] == "node" && $0.labels["instance"] == instance })
        #expect((byName["node_memory_MemTotal_bytes"]?.first?.value ?? 0) > 0)
        let scraped = try #require(byName["scrape_samples_scraped"]?.first?.value)
        #expect(Int(scraped) == batch.samples.count - 5)
        #expect(batch.samples.allSatisfy { $0.timestamp == 1_700_000_000_000 })
    }
}
