import GovernorQuery
import GovernorSources
import GovernorTestSupport
import Testing

/// The real /proc read by Governor beside a real node_exporter scraped on this machine: where values do not move
/// between two readings, they must be equal; where they do, the label sets must be.
@Suite struct NodeExporterComparisonTests {
    func series(_ batch: SourceBatch, _ name: String) -> [Labels: Double] {
        var result: [Labels: Double] = [:]
        for sample in batch.samples where sample.labels.metricName == name {
            result[sample.labels.removing(["job", "instance"])] = sample.value
        }
        return result
    }

    @Test func hostMetricsMatchNodeExporter() async throws {
        let exporter = try await startNodeExporter()
        let scraped = await ScrapeSource(scrapeJob(targets: ["127.0.0.1:\(exporter.port)"], timeout: 5_000))
            .collect(at: 0)
        #expect(scraped.error == nil)
        let host = await HostSource().collect(at: 0)
        #expect(host.error == nil)

        // Same cpu × mode pairs.
        #expect(
            Set(series(host, "node_cpu_seconds_total").keys) == Set(series(scraped, "node_cpu_seconds_total").keys))
        // Values that do not change between two readings.
        for name in ["node_memory_MemTotal_bytes", "node_boot_time_seconds", "node_memory_SwapTotal_bytes"] {
            #expect(series(host, name) == series(scraped, name), "\(name)")
        }
        // Same meminfo fields, hence the same names.
        let memoryNames = { (batch: SourceBatch) in
            Set(batch.samples.compactMap(\.labels.metricName).filter { $0.hasPrefix("node_memory_") })
        }
        #expect(memoryNames(host) == memoryNames(scraped))
        // Same filesystems, labelled the same, with the same size.
        let hostSizes = series(host, "node_filesystem_size_bytes")
        #expect(Set(hostSizes.keys) == Set(series(scraped, "node_filesystem_size_bytes").keys))
        #expect(hostSizes == series(scraped, "node_filesystem_size_bytes"))
        #expect(
            Set(series(host, "node_network_receive_bytes_total").keys)
                == Set(series(scraped, "node_network_receive_bytes_total").keys))
        // CPU time only grows: node_exporter read first, so Governor's reading is never smaller.
        let exporterCPU = series(scraped, "node_cpu_seconds_total")
        for (labels, seconds) in series(host, "node_cpu_seconds_total") {
            #expect(seconds >= (exporterCPU[labels] ?? .infinity) - 0.011, "\(labels)")
        }
    }
}
