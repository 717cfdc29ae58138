import Foundation
import GovernorCore
import GovernorTestSupport
import Testing

/// The shipped policies and routing, end to end: rule evaluation → pipeline → outbox → webhook over loopback HTTP.
@Suite struct ShippedAlertsPipelineTests {
    struct Arrival: Equatable {
        var time: Int64
        var receiver: String
        var status: String
        var startsAt: String
        var endsAt: String
    }

    @Test func paymentOutageReachesLogAndTelegramAtTheirGroupWaitsThenResolves() async throws {
        let server = try LoopbackHTTPServer { _, _ in .respond(status: 200) }
        let replay = try ShippedAlertsReplay(history: "examples/payment-outage.load", baseURL: server.baseURL)
        // Each round's time and how many requests had arrived by its end, to tell when each request came.
        var rounds: [(time: Int64, requestsSoFar: Int)] = []
        try await replay.run { time in rounds.append((time, server.requests.count)) }

        let payment = try server.requests.enumerated().compactMap { index, request -> Arrival? in
            let body = try #require(try request.json() as? [String: Any])
            guard (body["groupKey"] as? String)?.contains(#"alertname="PaymentFailureRateHigh""#) == true else {
                return nil
            }
            let alert = try #require((body["alerts"] as? [[String: Any]])?.first)
            return Arrival(
                time: try #require(rounds.first { $0.requestsSoFar > index }?.time),
                receiver: String(request.path.dropFirst()), status: try #require(body["status"] as? String),
                startsAt: try #require(alert["startsAt"] as? String), endsAt: try #require(alert["endsAt"] as? String))
        }
        // Fires at 01:15 (severity critical): the telegram route waits 10s, the log route 30s. The 01:30
        // resend changes nothing. Resolved at 01:45: reported at each group's next 5-minute flush.
        // A firing alert's end is not shown, as Alertmanager's webhook does.
        let firingEnds = "0001-01-01T00:00:00Z"
        #expect(
            payment == [
                Arrival(
                    time: 4_510_000, receiver: "telegram", status: "firing", startsAt: "1970-01-01T01:15:00Z",
                    endsAt: firingEnds),
                Arrival(
                    time: 4_530_000, receiver: "log", status: "firing", startsAt: "1970-01-01T01:15:00Z",
                    endsAt: firingEnds),
                Arrival(
                    time: 6_310_000, receiver: "telegram", status: "resolved", startsAt: "1970-01-01T01:15:00Z",
                    endsAt: "1970-01-01T01:45:00Z"),
                Arrival(
                    time: 6_330_000, receiver: "log", status: "resolved", startsAt: "1970-01-01T01:15:00Z",
                    endsAt: "1970-01-01T01:45:00Z"),
            ])
    }
}
