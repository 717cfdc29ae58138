import Foundation
import GovernorTestSupport
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

    static func notificationID(in request: LoopbackHTTPServer.Request) -> String? {
        let body = (try? request.json()) as? [String: Any]
        return (body?["alerts"] as? [[String: Any]])?.first?["fingerprint"] as? String
    }

    @Test func killedAndRestartedDeliveryLosesNothingAndSendsNothingMoreThanTwice() async throws {
        let directory = temporaryDirectory()
        let database = directory.appendingPathComponent("state/governor.sqlite").path
        // Slow enough that kills land mid-request, and some answers fail so retries are in flight too.
        let killSwitch = KillSwitch()
        let server = try LoopbackHTTPServer { request, index in
            killSwitch.observe(notificationID: Self.notificationID(in: request))
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
        // Each run is killed once it has made `requests` requests, at least one of them carrying a notification no
        // earlier run sent, `delay` seconds after that request arrived (0: while the server still holds it). Entries
        // leave in order, so a fresh one means the one the previous kill left in doubt has its outcome committed:
        // no notification is in doubt at two kills, and none may be accepted more than twice.
        for (requests, delay) in [(2, 0), (4, 0.01), (3, 0.035), (6, 0), (2, 0.02), (5, 0.005)] as [(Int, Double)] {
            let seenBefore = Set(server.requests.compactMap(Self.notificationID))
            let process = try GovernorExecutable.start(drain)
            killSwitch.arm(
                processID: process.processIdentifier, requests: requests, delay: delay, seenBefore: seenBefore)
            let deadline = Date().addingTimeInterval(60)
            while process.isRunning && Date() < deadline { try await Task.sleep(for: .milliseconds(5)) }
            if process.isRunning { kill(process.processIdentifier, SIGKILL) }
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
