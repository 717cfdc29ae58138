import Foundation
import GovernorDaemon
import GovernorQuery
import GovernorTestSupport
import Testing

/// Debian's real `amtool` 0.25 against the daemon: it creates, lists and expires a silence with the dashboard key as
/// a bearer token, and the silenced alert reaches the webhook only once the silence has been expired.
@Suite(.serialized) struct AmtoolTests {
    /// The daemon's clock starts at the wall clock, because amtool's `--duration` counts from its own clock.
    static func daemon(webhook: LoopbackHTTPServer) async throws -> TestDaemon {
        let alerts = try fixture("alerts-webhook.yaml").replacingOccurrences(
            of: "WEBHOOK_URL", with: "\(webhook.baseURL)/hook")
        let now = Timestamp(Date().timeIntervalSince1970 * 1_000) / 1_000 * 1_000
        return try await TestDaemon(
            policies: ["rules.yaml": try fixture("rules.yaml")], alerts: alerts,
            sources: [ConstantSource([(["__name__": "errors"], 1), (["__name__": "requests"], 4)])], start: now)
    }

    /// Runs the daemon (and a delivery round) at every 10 s step from `first` to `last`, relative to its start.
    static func run(_ daemon: TestDaemon, from first: Int64, to last: Int64) async {
        let start = daemon.configuration.clock.start
        for offset in stride(from: first, through: last, by: 10_000) {
            await daemon.advance(to: start + offset)
            _ = await daemon.core.deliver(at: start + offset)
        }
    }

    @Test func amtoolSilencesAnAlertSoNothingIsDeliveredUntilItExpires() async throws {
        let webhook = try LoopbackHTTPServer { _, _ in .respond(status: 200) }
        defer { webhook.stop() }
        let daemon = try await Self.daemon(webhook: webhook)
        defer { daemon.stop() }
        let amtool = try Amtool(port: daemon.port, key: daemon.key, directory: daemon.directory)
        await daemon.advance(to: daemon.configuration.clock.start)

        let added = try await amtool.run([
            "silence", "add", "alertname=ErrorsHigh", "--duration=1h", "--comment=disk swap", "--author=ops",
        ])
        #expect(added.status == 0, "\(added.errors)")
        let id = added.output.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(UUID(uuidString: id) != nil, "amtool printed \(added.output)")

        let quiet = try await amtool.run(["silence", "query", "--quiet"])
        #expect(quiet.output.trimmingCharacters(in: .whitespacesAndNewlines) == id)
        let table = try await amtool.run(["silence", "query", "alertname=ErrorsHigh"])
        #expect(table.output.contains(id) && table.output.contains("disk swap") && table.output.contains("ops"))
        // A new comment changes nothing already silenced: the same silence is updated in place.
        let updated = try await amtool.run(["silence", "update", id, "--comment=disk swap, day 2"])
        #expect(updated.status == 0 && updated.output.contains(id), "\(updated.output) \(updated.errors)")
        let json = try await amtool.run(["silence", "query", "--output=json"])
        #expect(json.output.contains("disk swap, day 2"))
        #expect(json.status == 0 && json.output.contains("\"id\":\"\(id)\""), "\(json.output)")

        // The alert fires at 20 s and its group would flush at 50 s: the silence keeps it from the webhook.
        await Self.run(daemon, from: 10_000, to: 120_000)
        #expect(webhook.requests.isEmpty)
        let active = try await amtool.run(["alert", "query"])
        #expect(active.status == 0 && !active.output.contains("ErrorsHigh"), "\(active.output)")
        let silenced = try await amtool.run(["alert", "query", "--silenced", "--output=extended"])
        #expect(silenced.output.contains("ErrorsHigh"), "\(silenced.output) \(silenced.errors)")

        let expired = try await amtool.run(["silence", "expire", id])
        #expect(expired.status == 0, "\(expired.errors)")
        await Self.run(daemon, from: 130_000, to: 140_000)
        // The silence ended at the daemon's time, which the test has run 2 minutes ahead of the wall clock, so
        // amtool (which sorts ended from running by its own clock) still lists it; its state says expired.
        let after = try await amtool.run(["silence", "query", "--output=json"])
        #expect(after.output.contains("\"id\":\"\(id)\"") && after.output.contains("\"state\":\"expired\""))
        let delivered = webhook.requests.map(\.bodyText)
        #expect(delivered.count == 1 && delivered.first?.contains("\"alertname\":\"ErrorsHigh\"") == true)
        #expect(try await amtool.run(["alert", "query"]).output.contains("ErrorsHigh"))
    }

    @Test func amtoolWithoutTheKeyIsRefused() async throws {
        let webhook = try LoopbackHTTPServer { _, _ in .respond(status: 200) }
        defer { webhook.stop() }
        let daemon = try await Self.daemon(webhook: webhook)
        defer { daemon.stop() }
        await daemon.advance(to: daemon.configuration.clock.start)
        let anonymous = try Amtool(port: daemon.port, key: nil, directory: daemon.directory)
        let refused = try await anonymous.run(["silence", "add", "alertname=ErrorsHigh", "--comment=c"])
        #expect(refused.status != 0)
        let listed = try await daemon.request("/api/v2/silences")
        #expect(String(decoding: listed.body, as: UTF8.self) == "[]")
    }

    @Test func amtoolReadsTheRoutingTreeFromStatus() async throws {
        let webhook = try LoopbackHTTPServer { _, _ in .respond(status: 200) }
        defer { webhook.stop() }
        let daemon = try await Self.daemon(webhook: webhook)
        defer { daemon.stop() }
        await daemon.advance(to: daemon.configuration.clock.start)
        let amtool = try Amtool(port: daemon.port, key: daemon.key, directory: daemon.directory)
        let routes = try await amtool.run(["config", "routes"])
        #expect(routes.status == 0, "\(routes.errors)")
        #expect(routes.output.contains("hook") && routes.output.contains("severity=\"page\""), "\(routes.output)")
        let test = try await amtool.run(["config", "routes", "test", "severity=page"])
        #expect(test.output.trimmingCharacters(in: .whitespacesAndNewlines) == "pager", "\(test.output) \(test.errors)")
    }
}
