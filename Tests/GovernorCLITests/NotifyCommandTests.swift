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
        #expect(outcome.standardError == "error: no receiver named \"pager\"; known receivers: console, tg\n")
    }

    @Test func modesAreExclusive() throws {
        let outcome = try GovernorBinary.run(["notify"])
        #expect(outcome.status == 64)
        #expect(outcome.standardError.contains("give exactly one of --test RECEIVER, --enqueue FILE or --drain-outbox"))
    }
}
