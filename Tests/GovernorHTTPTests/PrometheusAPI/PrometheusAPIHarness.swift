import Foundation
import GovernorQuery
import GovernorSeriesText
import GovernorSources
import GovernorTestSupport

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// Governor and a real Prometheus 2.42 on loopback holding the same data and the same rules, so that any request
/// can be sent to both and the answers compared.
///
/// - History: `history.prom` (12 minutes of samples with their timestamps) is backfilled into Prometheus's TSDB with
///   `promtool tsdb create-blocks-from openmetrics`, and replayed into Governor by a history source. Both then hold
///   exactly these samples at exactly these times, so queries over that window must agree to the bit.
/// - Live: Prometheus scrapes constant values from a loopback server every second and Governor collects the same
///   values (with the `job` and `instance` labels a scrape adds), and both evaluate `rules.yaml` from the same path.
///   The values never change, so rules and alerts agree whenever each side has evaluated enough times.
final class PrometheusAPIHarness {
    static let historyStart: Timestamp = 1_700_000_000_000
    static let historyEnd: Timestamp = historyStart + 720_000
    /// Governor's clock starts a minute after the history, inside its 15-minute retention.
    static let governorStart: Timestamp = historyEnd + 60_000

    let daemon: TestDaemon
    let prometheus: ChildProcess
    let target: LoopbackHTTPServer

    static let liveText = """
        live_errors{service="checkout"} 3
        live_errors{service="search"} 0
        live_requests{service="checkout"} 10
        live_requests{service="search"} 20

        """

    init() async throws {
        let history = try fixture("prometheus-api/history.prom")
        let rules = try fixture("prometheus-api/rules.yaml")
        target = try LoopbackHTTPServer { _, _ in
            .respond(status: 200, headers: ["Content-Type": "text/plain; version=0.0.4"], body: Self.liveText)
        }
        let instance = "127.0.0.1:\(target.port)"
        let live = try ExpositionReader.read(Self.liveText).samples.map { sample in
            (sample.labels.setting("instance", to: instance).setting("job", to: "live"), sample.value)
        }
        let recorded = try ExpositionReader.read(history).samples.map { sample in
            VectorSample(labels: sample.labels, timestamp: sample.timestamp ?? 0, value: sample.value)
        }
        daemon = try await TestDaemon(
            policies: ["rules.yaml": rules],
            sources: [
                // Sources tick at multiples of their interval: this one ticks once, at the start, with the whole history.
                HistoryReplaySource(samples: recorded, interval: Self.governorStart),
                ConstantSource(name: "live", interval: 1_000, live),
            ],
            start: Self.governorStart)
        let rulesPath = daemon.directory.appendingPathComponent("policies/rules.yaml").path
        prometheus = try await Self.startPrometheus(history: history, rules: rulesPath, target: instance)
    }

    func stop() {
        daemon.stop()
        target.stop()
    }

    /// Runs Governor's rules for `seconds` of its clock, a step a second, as Prometheus runs them in real time.
    func runGovernor(seconds: Int) async {
        for second in 0...seconds {
            await daemon.advance(to: Self.governorStart + Int64(second) * 1_000)
        }
    }

    /// Waits until Prometheus's alerts are in the states the test expects (rules run once a second there).
    func waitForPrometheus(until ready: @escaping (Any) -> Bool, seconds: Int = 20) async throws {
        for _ in 0..<(seconds * 4) {
            let (_, body) = try await Self.fetch(prometheus.baseURL + "/api/v1/alerts")
            if let json = try? JSONSerialization.jsonObject(with: Data(body.utf8)), ready(json) { return }
            try await Task.sleep(for: .milliseconds(250))
        }
        throw ServerError("Prometheus's alerts did not reach the expected states in \(seconds) s")
    }

    /// One request to each side: the status and the body text.
    func both(_ path: String, method: String = "GET", body: String? = nil, contentType: String? = nil)
        async throws -> (governor: Answer, prometheus: Answer)
    {
        let governor = try await daemon.request(
            path, method: method, body: body.map { Data($0.utf8) }, contentType: contentType)
        let prometheus = try await Self.fetch(
            self.prometheus.baseURL + path, method: method, body: body, contentType: contentType)
        return (
            Answer(status: governor.status, body: String(decoding: governor.body, as: UTF8.self)),
            Answer(status: prometheus.0, body: prometheus.1)
        )
    }

    struct Answer: Equatable, CustomStringConvertible {
        var status: Int
        var body: String
        var description: String { "\(status) \(body)" }
    }

    static func fetch(_ url: String, method: String = "GET", body: String? = nil, contentType: String? = nil)
        async throws -> (Int, String)
    {
        var request = URLRequest(url: URL(string: url)!)
        request.httpMethod = method
        request.httpBody = body.map { Data($0.utf8) }
        if let contentType { request.setValue(contentType, forHTTPHeaderField: "Content-Type") }
        let (data, response) = try await URLSession.shared.data(for: request)
        return ((response as! HTTPURLResponse).statusCode, String(decoding: data, as: UTF8.self))
    }

    /// Runs `promtool query …` against each side (`url` stands for the server) and returns what it printed.
    /// With `keyInURL`, Governor's URL carries the key as a Basic password (`http://governor:KEY@…`), the one way
    /// `promtool query instant` can send it; Prometheus is asked without.
    func promtoolBoth(_ arguments: [String], keyInURL: Bool = false) throws -> (governor: String, prometheus: String) {
        func run(_ server: String) throws -> String {
            let process = Process()
            let output = Pipe()
            process.executableURL = URL(fileURLWithPath: "/usr/bin/promtool")
            process.arguments = ["query"] + arguments.map { $0 == "url" ? server : $0 }
            process.standardOutput = output
            process.standardError = output
            try process.run()
            let data = output.fileHandleForReading.readDataToEndOfFile()
            process.waitUntilExit()
            return "exit \(process.terminationStatus): " + String(decoding: data, as: UTF8.self)
        }
        let credentials = keyInURL ? "governor:\(daemon.key)@" : ""
        return (try run("http://\(credentials)127.0.0.1:\(daemon.port)"), try run(prometheus.baseURL))
    }

    /// `?a=1&b=2` with every value percent-encoded as a form would be (`+` and `&` included).
    static func query(_ items: [(String, String)]) -> String {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        return "?"
            + items.map { name, value in
                "\(name.addingPercentEncoding(withAllowedCharacters: allowed)!)="
                    + value.addingPercentEncoding(withAllowedCharacters: allowed)!
            }.joined(separator: "&")
    }

    /// Seconds since the epoch as the API takes them (`1700000000.5`).
    static func seconds(_ milliseconds: Timestamp) -> String {
        PrometheusTimestampFormat.seconds(milliseconds)
    }

    /// Backfills the history into a fresh TSDB, then starts Prometheus on it with the rules and the live target.
    private static func startPrometheus(history: String, rules: String, target: String) async throws -> ChildProcess {
        let openMetrics = try openMetricsText(history)
        let prometheus = try ChildProcess("/usr/bin/prometheus") { port, directory in
            let data = directory.appendingPathComponent("data")
            let input = directory.appendingPathComponent("history.om")
            let config = directory.appendingPathComponent("prometheus.yml")
            try? openMetrics.write(to: input, atomically: true, encoding: .utf8)
            try? """
            global: {scrape_interval: 1s, evaluation_interval: 1s}
            rule_files: ['\(rules)']
            scrape_configs:
              - job_name: live
                static_configs: [{targets: ['\(target)']}]
            """.write(to: config, atomically: true, encoding: .utf8)
            let promtool = Process()
            promtool.executableURL = URL(fileURLWithPath: "/usr/bin/promtool")
            promtool.arguments = ["tsdb", "create-blocks-from", "openmetrics", input.path, data.path]
            promtool.standardOutput = FileHandle.nullDevice
            promtool.standardError = FileHandle.nullDevice
            try? promtool.run()
            promtool.waitUntilExit()
            return [
                "--config.file=\(config.path)", "--storage.tsdb.path=\(data.path)",
                "--storage.tsdb.retention.time=100y", "--web.listen-address=127.0.0.1:\(port)",
            ]
        }
        try await prometheus.waitUntilReady(path: "/-/ready", seconds: 30)
        return prometheus
    }

    /// The history in OpenMetrics, which promtool backfills: timestamps in seconds, no type lines (the fixture's
    /// families are not named as OpenMetrics wants), and `# EOF`.
    static func openMetricsText(_ history: String) throws -> String {
        var lines: [String] = []
        for line in history.split(separator: "\n") where !line.hasPrefix("#") {
            guard let space = line.lastIndex(of: " "), let milliseconds = Int64(line[line.index(after: space)...])
            else { throw ServerError("history line without a timestamp: \(line)") }
            lines.append("\(line[..<space]) \(milliseconds / 1000).\(String(format: "%03d", milliseconds % 1000))")
        }
        return lines.joined(separator: "\n") + "\n# EOF\n"
    }
}
