import Foundation
import GovernorCore
import GovernorDaemon
import GovernorHTTP
import GovernorQuery
import GovernorRemoteWrite
import GovernorTestSupport
import Testing

/// `POST /api/v1/write` over real HTTP: what is written reaches the rules at the next collection, and a body that
/// is not remote write is refused with the reason, the daemon going on.
@Suite(.serialized) struct RemoteWriteRouteTests {
    static let rules = """
        groups:
          - name: pushed
            interval: 10s
            rules:
              - alert: QueueDeep
                expr: queue_depth > 100
        """

    static func post(_ daemon: TestDaemon, _ body: [UInt8]) async throws -> (status: Int, message: String) {
        let (status, data, _) = try await daemon.request(
            "/api/v1/write", method: "POST", body: Data(body), contentType: "application/x-protobuf",
            headers: ["Content-Encoding": "snappy", "X-Prometheus-Remote-Write-Version": "0.1.0"])
        let json = data.isEmpty ? nil : try JSONSerialization.jsonObject(with: data) as? [String: Any]
        return (status, json?["error"] as? String ?? "")
    }

    @Test func writtenSamplesReachTheRulesAtTheNextCollection() async throws {
        let daemon = try await TestDaemon(policies: ["rules.yaml": Self.rules], sources: [])
        defer { daemon.stop() }
        await daemon.advance(to: 0)
        let body = RemoteWriteBody.encode([(["__name__": "queue_depth", "queue": "mail"], [(5_000, 150)])])
        #expect(try await Self.post(daemon, body).status == 204)
        await daemon.advance(to: 10_000)
        let firing = daemon.configuration.board.current?.activeAlerts.map { $0.alert.labels["queue"] }
        #expect(firing == ["mail"])
    }

    @Test(arguments: [
        (Array("not snappy at all".utf8), "the body is corrupt snappy block-compressed data"),
        (
            [0xff, 0xff, 0xff, 0xff, 0xff, 0xff],
            "the body is not snappy block-compressed data (its length header is invalid)"
        ),
    ])
    func aBodyThatIsNotRemoteWriteIsA400WithTheReason(body: [UInt8], message: String) async throws {
        let daemon = try await TestDaemon(policies: ["rules.yaml": Self.rules], sources: [])
        defer { daemon.stop() }
        let answer = try await Self.post(daemon, body)
        #expect(answer.status == 400)
        #expect(answer.message == message)
    }

    @Test func seriesWithBadLabelsAreRefusedAndTheOthersKept() async throws {
        let daemon = try await TestDaemon(policies: ["rules.yaml": Self.rules], sources: [])
        defer { daemon.stop() }
        let body = RemoteWriteBody.encode([
            (["__name__": "queue_depth", "queue": "ok"], [(5_000, 500)]), (["job": "x"], [(5_000, 1)]),
        ])
        let answer = try await Self.post(daemon, body)
        #expect(answer.status == 400)
        #expect(
            answer.message
                == #"1 series refused (the other series were stored): a series without a metric name (__name__): {job="x"}"#
        )
        await daemon.advance(to: 10_000)
        #expect(daemon.configuration.board.current?.activeAlerts.count == 1)
    }

    @Test func aBodyOverTheLimitIs413() async throws {
        let daemon = try await TestDaemon(
            policies: ["rules.yaml": Self.rules], sources: [], settings: HTTPSettings(port: 0, maximumBodyBytes: 1_000))
        defer { daemon.stop() }
        let big = RemoteWriteBody.encode(
            (0..<200).map { (["__name__": "queue_depth", "queue": "q\($0)"], [(Timestamp(5_000), Double($0))]) })
        #expect(big.count > 1_000)
        let answer = try await Self.post(daemon, big)
        #expect(answer.status == 413, "\(answer)")
        #expect(try await daemon.request("/healthz").status == 200)
    }

    /// A real Prometheus 2.42 scrapes a real node_exporter and remote-writes to Governor, authenticated with the
    /// dashboard key as a bearer token; Governor's rule on that data fires.
    @Test func aRealPrometheusRemoteWritesNodeExporterDataThatARuleFiresOn() async throws {
        let now = Int64(Date().timeIntervalSince1970 * 1_000)
        let daemon = try await TestDaemon(
            policies: [
                "rules.yaml": """
                groups:
                  - name: node
                    interval: 1s
                    rules:
                      - alert: NodeScraped
                        expr: up{job="node"} == 1 and on (instance) count by (instance) (node_cpu_seconds_total) > 0
                """
            ], sources: [], start: now)
        defer { daemon.stop() }
        let exporter = try await startNodeExporter()
        let prometheus = try await startPrometheus(
            scraping: ["127.0.0.1:\(exporter.port)"],
            extraConfig: """
                remote_write:
                  - url: http://127.0.0.1:\(daemon.port)/api/v1/write
                    authorization: {credentials: \(daemon.key)}
                    queue_config: {batch_send_deadline: 500ms, min_backoff: 100ms, max_backoff: 500ms}
                """)
        defer { _ = prometheus }
        var fired = false
        for _ in 0..<60 where !fired {
            try await Task.sleep(for: .milliseconds(500))
            await daemon.advance(to: Int64(Date().timeIntervalSince1970 * 1_000))
            fired = daemon.configuration.board.current?.activeAlerts.contains { $0.alert.state == .firing } == true
        }
        #expect(fired, "no alert fired on the remote-written data within 30 s")
        let held = daemon.configuration.board.current?.storage.seriesCount ?? 0
        #expect(held > 10, "only \(held) series arrived")
    }
}
