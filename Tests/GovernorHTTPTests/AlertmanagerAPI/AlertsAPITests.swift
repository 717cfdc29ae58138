import Foundation
import GovernorEngine
import GovernorQuery
import Testing

/// `GET /api/v2/alerts` and `GET /api/v2/status`: firing alerts as an Alertmanager would hold them, with what
/// silences them now.
@Suite(.serialized) struct AlertsAPITests {
    static let start = SilenceAPITests.start

    static func firingDaemon() async throws -> TestDaemon {
        let alerts = try fixture("alerts-webhook.yaml").replacingOccurrences(
            of: "WEBHOOK_URL", with: "http://127.0.0.1:9/unused")
        let daemon = try await SilenceAPITests.daemon(alerts: alerts)
        for step in 0...2 { await daemon.advance(to: start + Int64(step) * 10_000) }
        return daemon
    }

    static func alerts(_ daemon: TestDaemon, _ query: String = "") async throws -> [[String: Any]] {
        let (status, json) = try await daemon.json("/api/v2/alerts\(query)")
        #expect(status == 200, "\(query)")
        return try #require(json as? [[String: Any]], "\(query)")
    }

    static func state(_ alert: [String: Any]?) -> String? {
        (alert?["status"] as? [String: Any])?["state"] as? String
    }

    @Test func aFiringAlertIsActiveUntilASilenceSuppressesIt() async throws {
        let daemon = try await Self.firingDaemon()
        defer { daemon.stop() }
        let before = try await Self.alerts(daemon)
        #expect(before.count == 1)
        let alert = before.first
        let labels = alert?["labels"] as? [String: String]
        #expect(labels?["alertname"] == "ErrorsHigh" && labels?["severity"] == "critical")
        #expect(alert?["fingerprint"] as? String == AlertFingerprint.of(Labels(labels ?? [:])))
        #expect((alert?["receivers"] as? [[String: String]]) == [["name": "hook"]])
        #expect(alert?["startsAt"] as? String == "2027-01-15T08:00:20.000Z")
        #expect(Self.state(alert) == "active")
        #expect((alert?["annotations"] as? [String: String])?["summary"] == "error ratio 0.25")

        let created = try await SilenceAPITests.post(daemon, SilenceAPITests.body())
        let id = try SilenceAPITests.silenceID(created.text)
        let after = try await Self.alerts(daemon)
        #expect(Self.state(after.first) == "suppressed")
        #expect((after.first?["status"] as? [String: Any])?["silencedBy"] as? [String] == [id])
        #expect((after.first?["status"] as? [String: Any])?["inhibitedBy"] as? [String] == [])

        // amtool's default query (`active=true&silenced=false&inhibited=false`) leaves it out; `--silenced` shows it.
        #expect(try await Self.alerts(daemon, "?active=true&silenced=false&inhibited=false").isEmpty)
        #expect(try await Self.alerts(daemon, "?active=false&silenced=true&inhibited=false").count == 1)
        #expect(
            try await Self.alerts(daemon, "?filter=alertname%3D%22ErrorsHigh%22&filter=severity%3D~%22crit.*%22").count
                == 1)
        #expect(try await Self.alerts(daemon, "?filter=severity%3D%22warning%22").isEmpty)
        #expect(try await Self.alerts(daemon, "?receiver=pag.*").isEmpty)
        #expect(try await Self.alerts(daemon, "?receiver=ho.*").count == 1)
        let bad = try await daemon.request("/api/v2/alerts?filter=%3Dx")
        #expect(bad.status == 400 && String(decoding: bad.body, as: UTF8.self) == #""bad matcher format: =x""#)

        _ = try await daemon.request("/api/v2/silence/\(id)", method: "DELETE")
        await daemon.advance(to: Self.start + 30_000)
        #expect(Self.state(try await Self.alerts(daemon).first) == "active")
    }

    @Test func anAlertInhibitedByAFiringOneNamesItsFingerprint() async throws {
        let alerts = try fixture("alerts-webhook.yaml").replacingOccurrences(
            of: "WEBHOOK_URL", with: "http://127.0.0.1:9/unused")
        let daemon = try await TestDaemon(
            policies: ["rules.yaml": try fixture("rules.yaml"), "paging.yaml": try fixture("paging.yaml")],
            alerts: alerts,
            sources: [ConstantSource([(["__name__": "errors"], 1), (["__name__": "requests"], 4)])], start: Self.start)
        defer { daemon.stop() }
        for step in 0...2 { await daemon.advance(to: Self.start + Int64(step) * 10_000) }
        let all = try await Self.alerts(daemon)
        let page = try #require(all.first { ($0["labels"] as? [String: String])?["alertname"] == "FinancePage" })
        let errors = try #require(all.first { ($0["labels"] as? [String: String])?["alertname"] == "ErrorsHigh" })
        #expect((page["receivers"] as? [[String: String]]) == [["name": "pager"]])
        #expect(Self.state(page) == "active")
        #expect(Self.state(errors) == "suppressed")
        #expect(
            (errors["status"] as? [String: Any])?["inhibitedBy"] as? [String] == [page["fingerprint"] as? String ?? ""])
        #expect(try await Self.alerts(daemon, "?inhibited=false").count == 1)
    }

    @Test func statusDescribesASingleNodeAndTheRoutingConfiguration() async throws {
        let daemon = try await Self.firingDaemon()
        defer { daemon.stop() }
        let status = try #require(try await daemon.json("/api/v2/status").json as? [String: Any])
        #expect((status["cluster"] as? [String: Any])?["status"] as? String == "disabled")
        #expect((status["versionInfo"] as? [String: Any])?["version"] as? String != nil)
        #expect(status["uptime"] as? String != nil)
        let original = try #require((status["config"] as? [String: Any])?["original"] as? String)
        #expect(original == (try fixture("alerts-webhook.expected.yaml")), "\(original)")
    }
}
