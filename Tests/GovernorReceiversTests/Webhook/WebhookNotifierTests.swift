import Foundation
import GovernorCore
import GovernorEngine
import GovernorReceivers
import GovernorTestSupport
import Testing

@Suite struct WebhookNotifierTests {
    func notifier(
        _ server: LoopbackHTTPServer, token: SecretReference? = nil, sendResolved: Bool = true, maxAlerts: Int = 0
    )
        throws -> any Notifier
    {
        let factory = ReceiverFactory(environment: ["HOOK_TOKEN": "s3cr3t-hook"], transport: HTTPTransport(timeout: 5))
        let settings = WebhookSettings(
            url: server.baseURL + "/hook", bearerToken: token, sendResolved: sendResolved, maxAlerts: maxAlerts)
        return try #require(try factory.notifiers(for: receiver("ops", [.webhook(settings)])).first)
    }

    @Test func postsAlertmanagerVersion4JSON() async throws {
        let server = try LoopbackHTTPServer { _, _ in .respond(status: 200) }
        try await notifier(server, token: .environment("HOOK_TOKEN")).send(governanceNotification())
        let request = try #require(server.requests.first)
        #expect(request.method == "POST" && request.path == "/hook")
        #expect(request.headers["content-type"] == "application/json")
        #expect(request.headers["authorization"] == "Bearer s3cr3t-hook")
        let body = try #require(try request.json() as? NSDictionary)
        let expected: NSDictionary = [
            "version": "4", "groupKey": "{}:{alertname=\"GovernanceBreach\"}", "truncatedAlerts": 0,
            "status": "firing", "receiver": "governance", "groupLabels": ["alertname": "GovernanceBreach"],
            "commonLabels": ["alertname": "GovernanceBreach", "team": "sre"],
            "commonAnnotations": ["compliance_index": "65", "breach_severity": "12.5"],
            "externalURL": "http://governor",
            "alerts": [
                [
                    "status": "firing",
                    "labels": ["alertname": "GovernanceBreach", "objective": "availability", "team": "sre"],
                    "annotations": [
                        "compliance_index": "65", "breach_severity": "12.5", "summary": "Availability < 99.9%",
                    ],
                    "startsAt": "2023-11-14T22:13:20Z", "endsAt": "0001-01-01T00:00:00Z",
                    "generatorURL": "http://governor/graph", "fingerprint": "a1b2c3",
                ],
                [
                    "status": "firing",
                    "labels": ["alertname": "GovernanceBreach", "objective": "p95_latency", "team": "sre"],
                    "annotations": ["compliance_index": "65", "breach_severity": "12.5", "summary": "p95 > 300ms"],
                    "startsAt": "2023-11-14T22:13:50Z", "endsAt": "0001-01-01T00:00:00Z",
                    "generatorURL": "http://governor/graph", "fingerprint": "d4e5f6",
                ],
            ],
        ]
        #expect(body == expected)
    }

    @Test func resolvedTimesKeepMilliseconds() async throws {
        let server = try LoopbackHTTPServer { _, _ in .respond(status: 200) }
        try await notifier(server).send(governanceNotification(status: .resolved))
        let body = try #require(try server.requests.first?.json() as? [String: Any])
        let alerts = try #require(body["alerts"] as? [[String: Any]])
        #expect(alerts.first?["endsAt"] as? String == "2023-11-14T22:23:20.5Z")
        #expect(body["status"] as? String == "resolved")
    }

    @Test func maxAlertsTruncatesAndCounts() async throws {
        let server = try LoopbackHTTPServer { _, _ in .respond(status: 200) }
        try await notifier(server, maxAlerts: 1).send(governanceNotification())
        let body = try #require(try server.requests.first?.json() as? [String: Any])
        #expect((body["alerts"] as? [Any])?.count == 1)
        #expect(body["truncatedAlerts"] as? Int == 1)
    }

    @Test func resolvedNotificationsAreSkippedWithoutSendResolved() async throws {
        let server = try LoopbackHTTPServer { _, _ in .respond(status: 200) }
        try await notifier(server, sendResolved: false).send(governanceNotification(status: .resolved))
        #expect(server.requests.isEmpty)
    }

    @Test func aClientErrorIsNotRetryableAndHidesTheToken() async throws {
        let server = try LoopbackHTTPServer { _, _ in .respond(status: 401, body: "bad token s3cr3t-hook") }
        let error = await #expect(throws: NotifierError.self) {
            try await notifier(server, token: .environment("HOOK_TOKEN")).send(governanceNotification())
        }
        #expect(error?.retryable == false)
        #expect(error?.message == "webhook ops answered HTTP 401: bad token <secret>")
    }
}
