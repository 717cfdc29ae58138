import Foundation
import GovernorCore
import GovernorEngine
import GovernorReceivers
import GovernorTestSupport
import Testing

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// Debian's Alertmanager (`prometheus-alertmanager`), started on a free loopback port with its own config and
/// storage, receives Governor's pushes; its API must then list exactly those alerts.
@Suite(.serialized) struct RealAlertmanagerTests {
    static let binary = "/usr/bin/prometheus-alertmanager"

    final class RunningAlertmanager {
        let process = Process()
        let url: String
        let directory = temporaryDirectory()

        init() throws {
            let port = try LoopbackHTTPServer.freePort()
            url = "http://127.0.0.1:\(port)"
            let config = directory.appendingPathComponent("alertmanager.yml")
            try "route:\n  receiver: blackhole\nreceivers:\n  - name: blackhole\n".write(
                to: config, atomically: true, encoding: .utf8)
            process.executableURL = URL(fileURLWithPath: RealAlertmanagerTests.binary)
            process.arguments = [
                "--config.file=\(config.path)", "--storage.path=\(directory.appendingPathComponent("data").path)",
                "--web.listen-address=127.0.0.1:\(port)", "--cluster.listen-address=",
            ]
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
        }

        func waitUntilReady() async throws {
            for _ in 0..<100 {
                if let (_, response) = try? await URLSession.shared.data(from: URL(string: url + "/-/ready")!),
                    (response as? HTTPURLResponse)?.statusCode == 200
                {
                    return
                }
                try await Task.sleep(for: .milliseconds(100))
            }
            throw ServerError("Alertmanager at \(url) did not become ready in 10s")
        }

        func alerts() async throws -> [[String: Any]] {
            let (data, _) = try await URLSession.shared.data(from: URL(string: url + "/api/v2/alerts")!)
            return try #require(try JSONSerialization.jsonObject(with: data) as? [[String: Any]])
        }

        deinit {
            process.terminate()
            process.waitUntilExit()
        }
    }

    @Test func pushedAlertsAreListedAndResolvedOnesLeave() async throws {
        #expect(FileManager.default.isExecutableFile(atPath: Self.binary), "apt-get install prometheus-alertmanager")
        let alertmanager = try RunningAlertmanager()
        try await alertmanager.waitUntilReady()
        // Real time: Alertmanager compares endsAt with its own clock.
        let factory = ReceiverFactory(transport: HTTPTransport(timeout: 5), alertmanagerFiringValidity: 240_000)
        let notifier = try #require(
            try factory.notifiers(for: receiver("am", [.alertmanager(.init(urls: [alertmanager.url]))])).first)
        let now = Int64(Date().timeIntervalSince1970 * 1_000)
        var firing = governanceNotification()
        for index in firing.alerts.indices { firing.alerts[index].startsAt = now - 60_000 }
        try await notifier.send(firing)

        let listed = try await alertmanager.alerts()
        let objectives = listed.compactMap { ($0["labels"] as? [String: String])?["objective"] }.sorted()
        #expect(objectives == ["availability", "p95_latency"])
        let first = try #require(listed.first { ($0["labels"] as? [String: String])?["objective"] == "availability" })
        #expect((first["annotations"] as? [String: String])?["summary"] == "Availability < 99.9%")
        #expect(first["generatorURL"] as? String == "http://governor/graph")
        #expect((first["status"] as? [String: Any])?["state"] as? String == "active")

        var resolved = firing
        resolved.status = .resolved
        for index in resolved.alerts.indices {
            resolved.alerts[index].status = .resolved
            resolved.alerts[index].endsAt = now - 1_000
        }
        try await notifier.send(resolved)
        #expect(try await alertmanager.alerts().isEmpty)
    }
}
