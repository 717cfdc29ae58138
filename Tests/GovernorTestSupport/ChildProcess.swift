public import Foundation

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// A server binary the test starts on 127.0.0.1 (node_exporter, Prometheus) and stops when it is released.
/// A missing binary fails the test: these are the oracles, and skipping them would hide a broken machine.
public final class ChildProcess {
    public let process = Process()
    public let port: UInt16
    public let directory: URL

    public var baseURL: String { "http://127.0.0.1:\(port)" }

    public init(_ binary: String, arguments: (UInt16, URL) -> [String]) throws {
        guard FileManager.default.isExecutableFile(atPath: binary) else {
            throw ServerError("\(binary) is missing: apt-get install \(ChildProcess.package(of: binary))")
        }
        port = try LoopbackHTTPServer.freePort()
        directory = temporaryDirectory("child")
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = arguments(port, directory)
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
    }

    /// Polls `path` until it answers 200, for at most `seconds`.
    public func waitUntilReady(path: String, seconds: Int = 15) async throws {
        for _ in 0..<(seconds * 10) {
            if let (_, response) = try? await URLSession.shared.data(from: URL(string: baseURL + path)!),
                (response as? HTTPURLResponse)?.statusCode == 200
            {
                return
            }
            try await Task.sleep(for: .milliseconds(100))
        }
        throw ServerError("\(process.executableURL?.path ?? "?") at \(baseURL) did not become ready in \(seconds)s")
    }

    deinit {
        process.terminate()
        process.waitUntilExit()
        try? FileManager.default.removeItem(at: directory)
    }

    private static func package(of binary: String) -> String {
        binary.hasSuffix("node-exporter") ? "prometheus-node-exporter" : "prometheus"
    }
}

public func temporaryDirectory(_ purpose: String) -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent(
        "governor-sources-\(purpose)-\(UUID().uuidString)")
    try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
}

/// node_exporter with just the collectors Governor's host source mirrors, so it starts fast and reads little.
public func startNodeExporter() async throws -> ChildProcess {
    let exporter = try ChildProcess("/usr/bin/prometheus-node-exporter") { port, _ in
        [
            "--web.listen-address=127.0.0.1:\(port)", "--collector.disable-defaults", "--collector.cpu",
            "--collector.meminfo", "--collector.loadavg", "--collector.filesystem", "--collector.stat",
            "--collector.netdev",
        ]
    }
    try await exporter.waitUntilReady(path: "/metrics")
    return exporter
}

/// Debian's Prometheus 2.42 on loopback, scraping `targets` (host:port) as job `job` every second; `extraConfig`
/// is appended to its configuration file (a `remote_write` section, say).
public func startPrometheus(scraping targets: [String], job: String = "node", extraConfig: String = "") async throws
    -> ChildProcess
{
    let prometheus = try ChildProcess("/usr/bin/prometheus") { port, directory in
        let config = directory.appendingPathComponent("prometheus.yml")
        let list = targets.map { "'\($0)'" }.joined(separator: ", ")
        try? """
        global: {scrape_interval: 1s, evaluation_interval: 1s}
        scrape_configs:
          - job_name: \(job)
            static_configs: [{targets: [\(list)]}]
        \(extraConfig)
        """.write(to: config, atomically: true, encoding: .utf8)
        return [
            "--config.file=\(config.path)", "--storage.tsdb.path=\(directory.appendingPathComponent("data").path)",
            "--web.listen-address=127.0.0.1:\(port)",
        ]
    }
    try await prometheus.waitUntilReady(path: "/-/ready", seconds: 30)
    return prometheus
}
