import Foundation
import GovernorDaemon
import GovernorTestSupport
import Testing

/// A silence made through the API is still honoured by the pipeline after a restart, not only listed.
@Suite(.serialized) struct SilenceRestartTests {
    @Test func aSilenceMadeBeforeARestartStillHoldsTheAlertBack() async throws {
        let webhook = try LoopbackHTTPServer { _, _ in .respond(status: 200) }
        defer { webhook.stop() }
        let alerts = try fixture("alerts-webhook.yaml").replacingOccurrences(
            of: "WEBHOOK_URL", with: "\(webhook.baseURL)/hook")
        let start = SilenceAPITests.start
        var daemon = try await SilenceAPITests.daemon(alerts: alerts)
        await daemon.advance(to: start)
        let created = try await SilenceAPITests.post(daemon, SilenceAPITests.body(endsAt: start + 600_000))
        #expect(created.status == 200)
        daemon.stop()

        daemon = try await SilenceAPITests.daemon(alerts: alerts, reusing: daemon.directory)
        defer { daemon.stop() }
        for offset in stride(from: Int64(10_000), through: 120_000, by: 10_000) {
            await daemon.advance(to: start + offset)
            _ = await daemon.core.deliver(at: start + offset)
        }
        #expect(webhook.requests.isEmpty)
        // Once the silence ends (10 minutes in), the next flush notifies.
        for offset in stride(from: Int64(130_000), through: 620_000, by: 10_000) {
            await daemon.advance(to: start + offset)
            _ = await daemon.core.deliver(at: start + offset)
        }
        #expect(webhook.requests.count == 1)
    }
}
