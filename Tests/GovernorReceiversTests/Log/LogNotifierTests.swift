import Foundation
import GovernorCore
import GovernorEngine
import GovernorReceivers
import Synchronization
import Testing

@Suite struct LogNotifierTests {
    @Test func appendsOneJSONLinePerNotification() async throws {
        let path = temporaryDirectory().appendingPathComponent("logs/alerts.ndjson").path
        let notifier = try #require(
            try ReceiverFactory().notifiers(for: receiver("log", [.log(LogSettings(path: path))])).first)
        try await notifier.send(governanceNotification(id: "one"))
        try await notifier.send(governanceNotification(id: "two", status: .resolved))
        let lines = try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n")
        #expect(lines.count == 2)
        let first = try #require(try JSONSerialization.jsonObject(with: Data(lines[0].utf8)) as? [String: Any])
        #expect(first["id"] as? String == "one")
        #expect(first["createdAt"] as? String == "2023-11-14T22:14:20Z")
        #expect((first["message"] as? [String: Any])?["status"] as? String == "firing")
        let second = try #require(try JSONSerialization.jsonObject(with: Data(lines[1].utf8)) as? [String: Any])
        #expect((second["message"] as? [String: Any])?["status"] as? String == "resolved")
    }

    @Test func stdoutPrintsTheSameLine() async throws {
        let printed = Mutex<[String]>([])
        let factory = ReceiverFactory(standardOutput: { line in printed.withLock { $0.append(line) } })
        let notifier = try #require(try factory.notifiers(for: receiver("console", [.stdout])).first)
        try await notifier.send(governanceNotification(id: "one"))
        let lines = printed.withLock { $0 }
        #expect(lines.count == 1)
        #expect(lines.first?.hasPrefix("{\"createdAt\":\"2023-11-14T22:14:20Z\",\"id\":\"one\",") == true)
    }
}
