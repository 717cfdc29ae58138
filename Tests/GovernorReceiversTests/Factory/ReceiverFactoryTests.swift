import GovernorCore
import GovernorEngine
import GovernorReceivers
import Testing

@Suite struct ReceiverFactoryTests {
    @Test func buildsOneNotifierPerIntegrationInOrder() throws {
        let factory = ReceiverFactory(environment: ["T": "token"])
        let notifiers = try factory.notifiers(
            for: receiver(
                "all",
                [
                    .webhook(.init(url: "http://127.0.0.1:1/x")), .stdout,
                    .telegram(.init(botToken: .environment("T"), chatID: "1")), .log(.init()),
                ]))
        #expect(notifiers.count == 4)
        #expect(notifiers.allSatisfy { $0.name == "all" })
    }

    @Test func aMissingSecretNamesTheSettingAndTheVariable() {
        let factory = ReceiverFactory(environment: [:])
        #expect(
            throws: ReceiverError(
                "receiver \"tg\": telegram bot_token: environment variable TELEGRAM_TOKEN is not set",
                at: SourceLocation(file: "alerts/receivers.yaml", line: 3, column: 5))
        ) {
            try factory.notifiers(
                for: receiver("tg", [.telegram(.init(botToken: .environment("TELEGRAM_TOKEN"), chatID: "1"))]))
        }
    }

    @Test func anEmptyInlineSecretIsRefusedWithoutPrintingIt() {
        let factory = ReceiverFactory(environment: [:])
        let error = #expect(throws: ReceiverError.self) {
            try factory.notifiers(for: receiver("n", [.notion(.init(token: .inline("  "), databaseID: "d"))]))
        }
        #expect(
            error?.description
                == "alerts/receivers.yaml:3:5: error: receiver \"n\": notion token is empty (<inline secret>)")
    }

    @Test func anUnreadableSecretFileNamesThePath() {
        let factory = ReceiverFactory(fileReader: { _ in
            throw ReceiverError("boom secret", at: .init(file: "", line: 0, column: 0))
        })
        let error = #expect(throws: ReceiverError.self) {
            try factory.notifiers(
                for: receiver("w", [.webhook(.init(url: "http://h/", bearerToken: .file("/etc/tok")))]))
        }
        #expect(error?.message == "receiver \"w\": webhook bearer_token: cannot read file /etc/tok")
    }

    @Test func badURLsAndTemplatesFailAtLoad() {
        let factory = ReceiverFactory(environment: ["T": "t"])
        let url = #expect(throws: ReceiverError.self) {
            try factory.notifiers(for: receiver("w", [.webhook(.init(url: "ftp://nope"))]))
        }
        #expect(url?.message == "receiver \"w\": webhook url must be an http(s) URL")
        let template = #expect(throws: ReceiverError.self) {
            try factory.notifiers(
                for: receiver("t", [.telegram(.init(botToken: .environment("T"), chatID: "1", message: "{{ $labels."))])
            )
        }
        #expect(template?.message.hasPrefix("receiver \"t\": telegram message: ") == true)
    }
}
