import Foundation
import Synchronization
import Testing

/// A real `governor` process delivering from the SQLite outbox to a loopback webhook is SIGKILLed at several
/// points and restarted on the same database: every notification must arrive, none more than twice.
@Suite(.serialized) struct DeliveryCrashTests {
    static let count = 40

    /// One stored notification in GovernorStore's documented JSON shape; its alert fingerprint is its id so the
    /// webhook payload tells which one arrived.
    static func record(_ id: String) -> String {
        #"{"id":"\#(id)","receiver":"ops","groupKey":"{}:{alertname=\"Crash\"}","groupLabels":{"alertname":"Crash"},"#
            + #""status":"firing","alerts":[{"status":"firing","labels":{"alertname":"Crash","n":"\#(id)"},"#
            + #""annotations":{},"startsAt":1700000000000,"generatorURL":"","fingerprint":"\#(id)"}],"#
            + #""createdAt":\#(Int64(Date().timeIntervalSince1970 * 1_000)),"externalURL":""}"#
    }

    @Test func killedAndRestartedDeliveryLosesNothingAndSendsNothingMoreThanTwice() async throws {
        let directory = temporaryDirectory()
        let database = directory.appendingPathComponent("state/governor.sqlite").path
        // Slow enough that kills land mid-request, and the first answers fail so retries are in flight too.
        let server = try LoopbackHTTPServer { _, index in
            Thread.sleep(forTimeInterval: 0.03)
            return index % 7 == 3 ? .respond(status: 503) : .respond(status: 200)
        }
        let receivers = directory.appendingPathComponent("receivers.json")
        try #"{"receivers":[{"name":"ops","webhook_configs":[{"url":"\#(server.baseURL)/hook"}]}]}"#
            .write(to: receivers, atomically: true, encoding: .utf8)
        let ids = (1...Self.count).map { String(format: "n%03d", $0) }
        let records = directory.appendingPathComponent("notifications.ndjson")
        try ids.map(Self.record).joined(separator: "\n").write(to: records, atomically: true, encoding: .utf8)
        #expect(try GovernorExecutable.run(["notify", "--enqueue", records.path, "--db", database]) == 0)
        // Enqueueing again after a crash must not duplicate anything.
        #expect(try GovernorExecutable.run(["notify", "--enqueue", records.path, "--db", database]) == 0)

        let drain = ["notify", "--drain-outbox", "--db", database, "--receiver-json", receivers.path]
        // Each run is killed once it has made `requests` new requests, `delay` ms later: while the server holds a
        // request (outcome unknown to Governor), or just after an answer (before or after the SQLite commit).
        // Every run's first request re-sends what the previous kill left in doubt, so each run makes at least
        // two: a kill that always hit the same entry would test nothing but the kill.
        // A run is killed only once it has sent a notification no earlier run sent: entries leave in order, so by
        // then the one the previous kill left in doubt has its outcome committed, and no notification can be in
        // doubt at two kills (on a loaded machine a retry could otherwise land the kill on it again).
        func sentIDs() -> Set<String> {
            Set(
                server.requests.compactMap { request in
                    let body = (try? request.json()) as? [String: Any]
                    return (body?["alerts"] as? [[String: Any]])?.first?["fingerprint"] as? String
                })
        }
        for (requests, delay) in [(2, 0), (4, 10), (3, 35), (6, 0), (2, 20), (5, 5)] {
            let before = server.requests.count
            let seenBefore = sentIDs()
            let process = try GovernorExecutable.start(drain)
            let deadline = Date().addingTimeInterval(20)
            while (server.requests.count < before + requests || sentIDs().isSubset(of: seenBefore))
                && Date() < deadline
            {
                try await Task.sleep(for: .milliseconds(2))
            }
            try await Task.sleep(for: .milliseconds(delay))
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            #expect(process.terminationReason == .uncaughtSignal, "killed after \(requests) requests")
        }
        #expect(server.requests.count > 0, "the kills must interrupt a delivery that had started")
        #expect(try GovernorExecutable.run(drain) == 0)

        let accepted = try server.requests.enumerated().compactMap { index, request -> String? in
            guard index % 7 != 3 else { return nil }
            let body = try #require(try request.json() as? [String: Any])
            return (body["alerts"] as? [[String: Any]])?.first?["fingerprint"] as? String
        }
        let sent = try server.requests.map { request -> String in
            let body = try #require(try request.json() as? [String: Any])
            return try #require((body["alerts"] as? [[String: Any]])?.first?["fingerprint"] as? String)
        }
        #expect(Set(accepted) == Set(ids), "every notification was accepted at least once")
        let acceptedTwice = Dictionary(grouping: accepted, by: { $0 }).filter { $0.value.count > 2 }
        #expect(acceptedTwice.isEmpty, "accepted more than twice: \(acceptedTwice.keys.sorted())")
        // Order per receiver: the first acceptance of each notification follows the enqueue order.
        var firstAcceptance: [String] = []
        for id in accepted where !firstAcceptance.contains(id) { firstAcceptance.append(id) }
        #expect(firstAcceptance == ids)
        #expect(sent.count >= Self.count)
    }
}
