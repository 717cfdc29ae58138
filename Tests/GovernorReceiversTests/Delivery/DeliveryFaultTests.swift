import Foundation
import GovernorCore
import GovernorEngine
import GovernorReceivers
import GovernorTestSupport
import Synchronization
import Testing

/// The outbox and a real webhook receiver over loopback HTTP, with the receiver misbehaving the ways real ones
/// do before recovering. Backoff runs on a manual clock; the HTTP (and its timeouts) is real.
@Suite final class DeliveryFaultTests: Sendable {
    let store = InMemoryOutboxStore()
    let clock = Mutex<Int64>(1_700_000_060_000)

    func dispatcher(_ server: LoopbackHTTPServer) throws -> OutboxDispatcher {
        let factory = ReceiverFactory(transport: HTTPTransport(timeout: 1))
        let notifiers = try factory.notifiers(for: receiver("ops", [.webhook(.init(url: server.baseURL + "/hook"))]))
        return OutboxDispatcher(
            store: store, notifiers: ["ops": notifiers],
            policy: RetryPolicy(initialBackoff: 1_000, maximumBackoff: 8_000, jitter: 0.2, maximumAge: 3_600_000),
            randomFraction: { 0.5 })
    }

    func drain(_ dispatcher: OutboxDispatcher) async throws -> DeliveryReport {
        try await dispatcher.drain(
            now: { self.clock.withLock { $0 } }, sleep: { milliseconds in self.clock.withLock { $0 += milliseconds } })
    }

    /// Ids of the notifications in the requests the server answered with 200, in arrival order.
    func accepted(by server: LoopbackHTTPServer, answeredFrom firstGood: Int) throws -> [String] {
        try server.requests.dropFirst(firstGood).map { request in
            let body = try #require(try request.json() as? [String: Any])
            return try #require((body["alerts"] as? [[String: Any]])?.first?["fingerprint"] as? String)
        }
    }

    func submitThree(_ dispatcher: OutboxDispatcher) async throws {
        for id in ["n1", "n2", "n3"] {
            var notification = governanceNotification(id: id, receiver: "ops")
            notification.alerts[0].fingerprint = id
            try await dispatcher.submit(notification, at: clock.withLock { $0 })
        }
    }

    @Test(arguments: [
        ("HTTP 500", LoopbackHTTPServer.Reply.respond(status: 500, body: "internal error")),
        ("429 with Retry-After", .respond(status: 429, headers: ["Retry-After": "30"])),
        ("a timeout", .stall(seconds: 2)),
        ("a closed connection", .closeConnection),
    ])
    func recoversFromAFaultInOrderWithNothingLost(fault: String, reply: LoopbackHTTPServer.Reply) async throws {
        let faults = 2
        let server = try LoopbackHTTPServer { _, index in index < faults ? reply : .respond(status: 200) }
        let dispatcher = try dispatcher(server)
        try await submitThree(dispatcher)
        let start = clock.withLock { $0 }
        let report = try await drain(dispatcher)
        #expect(report.delivered == ["n1", "n2", "n3"], "\(fault)")
        #expect(report.deadLettered.isEmpty && report.pendingCount == 0)
        #expect(report.retried.map(\.id) == ["n1", "n1"], "n2 and n3 wait behind n1")
        // Faults hit n1 only; the later ones never overtook it.
        #expect(try accepted(by: server, answeredFrom: faults) == ["n1", "n2", "n3"])
        #expect(server.requests.count == faults + 3)
        #expect(await store.pendingEntries.isEmpty)
        if case .respond(429, _, _) = reply {
            #expect(report.retried.first?.nextAttemptAt == start + 30_000, "Retry-After: 30 outweighs a 1s backoff")
        } else {
            #expect(report.retried.map(\.nextAttemptAt) == [start + 1_000, start + 3_000])
        }
    }

    @Test func aRejectedNotificationIsDeadLetteredAndTheRestStillGo() async throws {
        let server = try LoopbackHTTPServer { _, index in
            index == 0 ? .respond(status: 422, body: "bad payload") : .respond(status: 200)
        }
        let dispatcher = try dispatcher(server)
        try await submitThree(dispatcher)
        let report = try await drain(dispatcher)
        #expect(report.delivered == ["n2", "n3"])
        let dead = try #require(await store.deadLetters.first)
        #expect(dead.notification.id == "n1")
        #expect(
            dead.reason
                == "ops integration #1 refused it and retrying cannot help: webhook ops answered HTTP 422: bad payload")
    }
}
