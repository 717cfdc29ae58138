import Foundation
import GovernorHTTP
import GovernorQuery
import Testing

/// A client that stops sending, or sends a byte now and then, is disconnected after the idle timeout, and the
/// server keeps answering everyone else meanwhile.
@Suite(.serialized) struct SlowClientTests {
    static func daemon() async throws -> TestDaemon {
        try await TestDaemon(
            policies: ["rules.yaml": try fixture("rules.yaml")],
            sources: [ConstantSource([(["__name__": "errors"], 1), (["__name__": "requests"], 4)])],
            settings: HTTPSettings(port: 0, idleTimeoutSeconds: 1))
    }

    @Test func aClientThatStopsHalfwayThroughItsRequestIsDisconnected() async throws {
        let daemon = try await Self.daemon()
        defer { daemon.stop() }
        let stalled = try RawConnection(port: daemon.port)
        #expect(stalled.send("GET /api/ops/telemetry HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Dash-"))
        // Others are served while it hangs.
        #expect(try await daemon.request("/healthz", key: .some(nil)).status == 200)
        let closedAfter = stalled.waitForClose(within: 10)
        #expect(closedAfter != nil, "a client that stopped sending was still connected after 10 s")
        #expect((closedAfter ?? 0) >= 0.5, "closed before the idle timeout: \(closedAfter ?? 0) s")
    }

    @Test func aClientTricklingItsHeadersAByteAtATimeIsDisconnected() async throws {
        let daemon = try await Self.daemon()
        defer { daemon.stop() }
        let trickling = try RawConnection(port: daemon.port)
        let started = Date()
        var stillOpen = true
        // A slowloris: never finishes its headers, one byte every 200 ms, for up to 10 s.
        for byte in String(repeating: "GET /healthz HTTP/1.1\r\nX-Padding: aaaaaaaa", count: 3) where stillOpen {
            stillOpen = trickling.send(String(byte)) && trickling.waitForClose(within: 0.2) == nil
            if Date().timeIntervalSince(started) > 10 { break }
        }
        #expect(!stillOpen, "a trickling client was still connected after \(Date().timeIntervalSince(started)) s")
        #expect(try await daemon.request("/healthz", key: .some(nil)).status == 200)
    }

    @Test func anIdleKeptAliveConnectionIsClosedAfterItsLastAnswer() async throws {
        let daemon = try await Self.daemon()
        defer { daemon.stop() }
        let idle = try RawConnection(port: daemon.port)
        #expect(idle.send("GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"))
        #expect(idle.waitForClose(within: 10) != nil, "an idle keep-alive connection was never closed")
    }
}
