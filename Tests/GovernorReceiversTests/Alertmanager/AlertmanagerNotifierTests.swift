import Foundation
import GovernorCore
import GovernorEngine
import GovernorReceivers
import GovernorTestSupport
import Testing

@Suite struct AlertmanagerNotifierTests {
    func notifier(_ urls: [String]) throws -> any Notifier {
        let factory = ReceiverFactory(
            transport: HTTPTransport(timeout: 5, now: { fixedNow }), alertmanagerFiringValidity: 240_000)
        return try #require(try factory.notifiers(for: receiver("am", [.alertmanager(.init(urls: urls))])).first)
    }

    @Test func postsTheV2AlertArrayToEveryInstance() async throws {
        let first = try LoopbackHTTPServer { _, _ in .respond(status: 200) }
        let second = try LoopbackHTTPServer { _, _ in .respond(status: 200) }
        try await notifier([first.baseURL, second.baseURL + "/"]).send(governanceNotification())
        for server in [first, second] {
            let request = try #require(server.requests.first)
            #expect(request.method == "POST" && request.path == "/api/v2/alerts")
            let alerts = try #require(try request.json() as? [NSDictionary])
            let expected: NSDictionary = [
                "labels": ["alertname": "GovernanceBreach", "objective": "availability", "team": "sre"],
                "annotations": [
                    "compliance_index": "65", "breach_severity": "12.5", "summary": "Availability < 99.9%",
                ],
                "startsAt": "2023-11-14T22:13:20Z",
                // Firing: valid for four minutes past now (22:15:00), then Alertmanager resolves it by itself.
                "endsAt": "2023-11-14T22:19:00Z",
                "generatorURL": "http://governor/graph",
            ]
            #expect(alerts.count == 2)
            #expect(alerts.first == expected)
        }
    }

    @Test func resolvedAlertsEndWhenTheyResolved() async throws {
        let server = try LoopbackHTTPServer { _, _ in .respond(status: 200) }
        try await notifier([server.baseURL]).send(governanceNotification(status: .resolved))
        let alerts = try #require(try server.requests.first?.json() as? [[String: Any]])
        #expect(alerts.map { $0["endsAt"] as? String } == ["2023-11-14T22:23:20.5Z", "2023-11-14T22:23:20.5Z"])
    }

    @Test func oneFailingInstanceFailsTheSendRetryably() async throws {
        let healthy = try LoopbackHTTPServer { _, _ in .respond(status: 200) }
        let broken = try LoopbackHTTPServer { _, _ in .respond(status: 503, headers: ["Retry-After": "3"]) }
        let error = await #expect(throws: NotifierError.self) {
            try await notifier([healthy.baseURL, broken.baseURL]).send(governanceNotification())
        }
        #expect(error?.retryable == true && error?.retryAfter == 3_000)
        #expect(healthy.requests.count == 1)
    }
}
