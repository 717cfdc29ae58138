import Foundation
import Testing

@Suite struct NotifyCommandTests {
    func receiversFile() throws -> URL {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("notify-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let file = directory.appendingPathComponent("receivers.json")
        try
            #"{"receivers":[{"name":"console","stdout_configs":[{}]},{"name":"tg","telegram_configs":[{"bot_token_env":"GOVERNOR_TEST_UNSET_TOKEN","chat_id":"1"}]}]}"#
            .write(to: file, atomically: true, encoding: .utf8)
        return file
    }

    @Test func testSendsTheSampleThroughTheReceiver() throws {
        let file = try receiversFile()
        let db = file.deletingLastPathComponent().appendingPathComponent("g.sqlite").path
        let outcome = try GovernorBinary.run(["notify", "--test", "console", "--receiver-json", file.path, "--db", db])
        #expect(outcome.status == 0)
        let lines = outcome.standardOutput.split(separator: "\n")
        #expect(lines.last == "sent a test notification to \"console\" through 1 integration(s)")
        #expect(lines.first?.contains("\"breaches\":\"availability, p95_latency\"") == true)
    }

    @Test func aMisconfiguredReceiverNamesTheSetting() throws {
        let file = try receiversFile()
        let db = file.deletingLastPathComponent().appendingPathComponent("g.sqlite").path
        let outcome = try GovernorBinary.run(["notify", "--test", "tg", "--receiver-json", file.path, "--db", db])
        #expect(outcome.status == 1)
        #expect(
            outcome.standardError
                == "\(file.path):1:1: error: receiver \"tg\": telegram bot_token: environment variable "
                + "GOVERNOR_TEST_UNSET_TOKEN is not set\n")
    }

    @Test func anUnknownReceiverListsTheKnownOnes() throws {
        let file = try receiversFile()
        let db = file.deletingLastPathComponent().appendingPathComponent("g.sqlite").path
        let outcome = try GovernorBinary.run(["notify", "--test", "pager", "--receiver-json", file.path, "--db", db])
        #expect(outcome.status == 1)
        #expect(
            outcome.standardError
                == "error: no receiver named \"pager\" in \(file.path); known receivers: console, tg\n")
    }

    @Test func modesAreExclusive() throws {
        let outcome = try GovernorBinary.run(["notify"])
        #expect(outcome.status == 64)
        #expect(outcome.standardError.contains("give exactly one of --test RECEIVER, --enqueue FILE or --drain-outbox"))
    }
}

@Suite struct NotifyCommandAlertingConfigurationTests {
    /// An `alerts/` directory whose `hook` receiver posts to `url`.
    func alertsDirectory(webhook url: String) throws -> URL {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("notify-\(UUID().uuidString)")
        let alerts = directory.appendingPathComponent("alerts")
        try FileManager.default.createDirectory(at: alerts, withIntermediateDirectories: true)
        try """
        route:
          receiver: hook
        receivers:
          - name: hook
            webhook_configs:
              - url: \(url)
          - name: quiet
        """.write(to: alerts.appendingPathComponent("routes.yaml"), atomically: true, encoding: .utf8)
        return directory
    }

    @Test func theReceiverComesFromAlertsByDefault() throws {
        let catcher = try NotifyWebhookCatcher()
        let directory = try alertsDirectory(webhook: catcher.url)
        let db = directory.appendingPathComponent("g.sqlite").path
        let outcome = try GovernorBinary.run(["notify", "--test", "hook", "--db", db], in: directory)
        #expect(outcome.standardError == "")
        #expect(outcome.status == 0)
        #expect(outcome.standardOutput == "sent a test notification to \"hook\" through 1 integration(s)\n")
        let body = try #require(catcher.received.first)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(body.utf8)) as? [String: Any])
        #expect(json["receiver"] as? String == "hook")
        #expect(json["version"] as? String == "4")
        #expect(json["groupLabels"] as? [String: String] == ["alertname": "GovernorTest"])
    }

    @Test func configNamesAnotherDirectory() throws {
        let catcher = try NotifyWebhookCatcher()
        let directory = try alertsDirectory(webhook: catcher.url)
        let db = directory.appendingPathComponent("g.sqlite").path
        let alerts = directory.appendingPathComponent("alerts").path
        let outcome = try GovernorBinary.run(["notify", "--test", "hook", "--config", alerts, "--db", db])
        #expect(outcome.status == 0)
        #expect(catcher.received.count == 1)
    }

    @Test func anUndefinedReceiverIsNamedWithTheConfiguration() throws {
        let directory = try alertsDirectory(webhook: "http://127.0.0.1:9/hook")
        let db = directory.appendingPathComponent("g.sqlite").path
        let outcome = try GovernorBinary.run(["notify", "--test", "pager", "--db", db], in: directory)
        #expect(outcome.status == 1)
        #expect(
            outcome.standardError == "error: no receiver named \"pager\" in alerts/; known receivers: hook, quiet\n")
    }

    @Test func configAndReceiverJSONAreExclusive() throws {
        let outcome = try GovernorBinary.run(["notify", "--test", "x", "--config", "a", "--receiver-json", "b"])
        #expect(outcome.status == 64)
        #expect(outcome.standardError.contains("give either --config PATH or --receiver-json FILE, not both"))
    }
}
