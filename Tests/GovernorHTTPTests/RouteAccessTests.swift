import Foundation
import GovernorHTTP
import GovernorQuery
import HTTPTypes
import Testing

/// Every route the server is built from: each one that needs the key answers 401 without it and with a wrong one,
/// and the open ones (health, readiness) answer without it.
@Suite(.serialized) struct RouteAccessTests {
    static func daemon(_ settings: HTTPSettings = HTTPSettings(port: 0)) async throws -> TestDaemon {
        try await TestDaemon(
            policies: ["rules.yaml": try fixture("rules.yaml")],
            sources: [ConstantSource([(["__name__": "errors"], 1), (["__name__": "requests"], 4)])], settings: settings)
    }

    /// A concrete path for a route pattern (`:id` becomes a made-up id).
    static func path(_ pattern: String) -> String {
        pattern.split(separator: "/", omittingEmptySubsequences: false).map {
            $0.hasPrefix(":") ? "x1" : $0.hasPrefix("*") ? "x1" : String($0)
        }.joined(separator: "/")
    }

    @Test func everyDataRouteAnswers401WithoutTheKeyAndWithAWrongOne() async throws {
        let daemon = try await Self.daemon()
        defer { daemon.stop() }
        await daemon.advance(to: 0)
        let routes = daemon.http.routes(core: daemon.core, configuration: daemon.configuration)
        #expect(routes.filter(\.needsKey).count >= 3)
        for route in routes where route.needsKey {
            for key: String? in [nil, "wrong", String(daemon.key.dropLast()), daemon.key + "x", ""] {
                let (status, body, _) = try await daemon.request(
                    Self.path(route.path), method: route.method.rawValue, key: .some(key))
                #expect(status == 401, "\(route.name) with key \(String(describing: key)) answered \(status)")
                let json = try JSONSerialization.jsonObject(with: body) as? [String: Any]
                #expect(json?["errorType"] as? String == "unauthorized", "\(route.name)")
                #expect(!String(decoding: body, as: UTF8.self).contains(daemon.key), "\(route.name) echoed the key")
            }
            for authorization in Self.wrongAuthorizations(daemon.key) {
                let (status, _, _) = try await daemon.request(
                    Self.path(route.path), method: route.method.rawValue, key: .some(nil),
                    headers: ["Authorization": authorization])
                #expect(status == 401, "\(route.name) with Authorization \(authorization) answered \(status)")
            }
        }
    }

    /// Authorization headers that carry something close to the key, never the key itself.
    static func wrongAuthorizations(_ key: String) -> [String] {
        func basic(_ credential: String) -> String { "Basic " + Data(credential.utf8).base64EncodedString() }
        return [
            "Bearer wrong", "Bearer", "Bearer \(key)x", "bearer\(key)", basic("governor:wrong"), basic("\(key):"),
            basic("governor:\(key.dropLast())"), basic(key), "Basic !!not-base64!!", "Basic", "Digest \(key)",
        ]
    }

    @Test func theRightKeyIsAcceptedInEveryForm() async throws {
        let daemon = try await Self.daemon()
        defer { daemon.stop() }
        await daemon.advance(to: 0)
        #expect(try await daemon.request("/api/ops/telemetry").status == 200)
        let bearer = try await daemon.request(
            "/api/ops/telemetry", key: .some(nil), headers: ["Authorization": "Bearer \(daemon.key)"])
        #expect(bearer.status == 200)
        let basic = try await daemon.request(
            "/api/ops/telemetry", key: .some(nil),
            headers: ["Authorization": "Basic " + Data("governor:\(daemon.key)".utf8).base64EncodedString()])
        #expect(basic.status == 200)
    }

    @Test func healthAndReadinessNeedNoKeyAndReadinessWaitsForTheFirstTick() async throws {
        let daemon = try await Self.daemon()
        defer { daemon.stop() }
        #expect(try await daemon.request("/healthz", key: .some(nil)).status == 200)
        let before = try await daemon.json("/readyz", key: .some(nil))
        #expect(before.status == 503)
        #expect((before.json as? [String: Any])?["reason"] as? String == "no rule group has run yet")
        await daemon.advance(to: 0)
        #expect(try await daemon.request("/readyz", key: .some(nil)).status == 200)
    }

    @Test func metricsNeedTheKeyUnlessTheSettingSaysOtherwise() async throws {
        let guarded = try await Self.daemon()
        defer { guarded.stop() }
        #expect(try await guarded.request("/metrics", key: .some(nil)).status == 401)
        let open = try await Self.daemon(HTTPSettings(port: 0, metricsWithoutKey: true))
        defer { open.stop() }
        await open.advance(to: 0)
        let (status, body, headers) = try await open.request("/metrics", key: .some(nil))
        #expect(status == 200)
        #expect(headers["content-type"]?.hasPrefix("text/plain; version=0.0.4") == true)
        let text = String(decoding: body, as: UTF8.self)
        #expect(text.contains("governor_rule_group_duration_seconds_count{group=\"api\"} 1"))
        #expect(text.contains("governor_rules_evaluated_total{group=\"api\"} 2"))
        #expect(text.contains("governor_series "))
    }

    @Test func anUnknownPathIs404AndTheKeyNeverAppearsInAnyAnswer() async throws {
        let daemon = try await Self.daemon()
        defer { daemon.stop() }
        await daemon.advance(to: 0)
        #expect(try await daemon.request("/no/such/route").status == 404)
        // The event stream never ends by itself; DashboardStreamTests reads it and checks it for the key.
        for route in daemon.http.routes(core: daemon.core, configuration: daemon.configuration)
        where route.method == .get && route.path != "/api/ops/stream" {
            let (_, body, headers) = try await daemon.request(Self.path(route.path))
            #expect(!String(decoding: body, as: UTF8.self).contains(daemon.key), "\(route.name)")
            #expect(!headers.values.contains { $0.contains(daemon.key) }, "\(route.name)")
        }
    }
}
