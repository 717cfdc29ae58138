import Foundation
import GovernorQuery
import Testing

/// What the Prometheus API does that a real Prometheus cannot be the oracle for: it answers at the daemon's clock,
/// which tests drive, and a timeout depends on how fast each server happens to be.
@Suite(.serialized) struct PrometheusAPIDaemonTests {
    static func daemon() async throws -> TestDaemon {
        try await TestDaemon(
            policies: ["rules.yaml": try fixture("rules.yaml")],
            sources: [ConstantSource([(["__name__": "errors"], 1), (["__name__": "requests"], 4)])],
            start: 1_700_000_000_000)
    }

    @Test func anInstantQueryWithoutATimeIsAnsweredAtTheDaemonsClock() async throws {
        let daemon = try await Self.daemon()
        defer { daemon.stop() }
        await daemon.advance(to: 1_700_000_000_000)
        await daemon.advance(to: 1_700_000_010_000)
        let (status, json) = try await daemon.json("/api/v1/query?query=time()")
        #expect(status == 200)
        let result = ((json as? [String: Any])?["data"] as? [String: Any])?["result"] as? [Any]
        #expect(result?.first as? Double == 1_700_000_010)
        let (_, errors) = try await daemon.json("/api/v1/query?query=errors")
        let text = String(decoding: try JSONSerialization.data(withJSONObject: errors), as: UTF8.self)
        #expect(text.contains("\"errors\""))
    }

    @Test func aQueryPastItsTimeoutIsA503Timeout() async throws {
        let daemon = try await Self.daemon()
        defer { daemon.stop() }
        await daemon.advance(to: 1_700_000_000_000)
        for path in [
            "/api/v1/query?query=errors&timeout=0.000000001",
            "/api/v1/query_range?query=errors&start=1699990000&end=1700000000&step=1&timeout=1ms",
        ] {
            let (status, json) = try await daemon.json(path)
            #expect(status == 503, "\(path)")
            let object = json as? [String: Any]
            #expect(object?["errorType"] as? String == "timeout", "\(path)")
            #expect((object?["error"] as? String)?.hasPrefix("query timed out in ") == true, "\(path)")
        }
        let (status, _) = try await daemon.json("/api/v1/query?query=errors&timeout=30s")
        #expect(status == 200)
    }

}
