import Foundation
import GovernorCore
import GovernorEngine
import GovernorReceivers
import GovernorTestSupport
import Testing

@Suite struct TelegramNotifierTests {
    static let token = "123456:ABC-secret-token"

    func notifier(
        _ server: LoopbackHTTPServer, parseMode: TelegramParseMode? = .markdownV2, message: String? = nil,
        sendResolved: Bool = true
    ) throws -> any Notifier {
        let factory = ReceiverFactory(environment: ["TELEGRAM_TOKEN": Self.token], transport: HTTPTransport(timeout: 5))
        let settings = TelegramSettings(
            apiURL: server.baseURL, botToken: .environment("TELEGRAM_TOKEN"), chatID: "-1001234567890",
            messageThreadID: 42, parseMode: parseMode, disableNotification: true, sendResolved: sendResolved,
            message: message)
        return try #require(try factory.notifiers(for: receiver("telegram", [.telegram(settings)])).first)
    }

    static let ok = LoopbackHTTPServer.Reply.respond(
        status: 200, body: #"{"ok":true,"result":{"message_id":1,"chat":{"id":-1001234567890},"date":0}}"#)

    @Test func sendsTheGovernanceAlertEscapedForMarkdownV2() async throws {
        let server = try LoopbackHTTPServer { _, _ in Self.ok }
        try await notifier(server).send(governanceNotification())
        let request = try #require(server.requests.first)
        #expect(request.path == "/bot\(Self.token)/sendMessage")
        let body = try #require(try request.json() as? NSDictionary)
        let expected: NSDictionary = [
            "chat_id": -1_001_234_567_890, "message_thread_id": 42, "parse_mode": "MarkdownV2",
            "disable_notification": true,
            "text": "GOVERNANCE ALERT\nStatus: BREACH\nCompliance Index: 65/100\nBreach Severity: 12\\.5%\n"
                + "Breaches: availability, p95\\_latency",
        ]
        #expect(body == expected)
    }

    @Test func plainTextIsTheSeedFormat() async throws {
        let server = try LoopbackHTTPServer { _, _ in Self.ok }
        try await notifier(server, parseMode: nil).send(governanceNotification())
        let body = try #require(try server.requests.first?.json() as? [String: Any])
        #expect(
            body["text"] as? String
                == "GOVERNANCE ALERT\nStatus: BREACH\nCompliance Index: 65/100\nBreach Severity: 12.5%\n"
                + "Breaches: availability, p95_latency")
        #expect(body["parse_mode"] == nil)
    }

    @Test func aTemplateRendersTheCommonLabels() async throws {
        let server = try LoopbackHTTPServer { _, _ in Self.ok }
        try await notifier(server, parseMode: .html, message: "<b>{{ $labels.alertname }}</b> for {{ $labels.team }}")
            .send(governanceNotification())
        let body = try #require(try server.requests.first?.json() as? [String: Any])
        #expect(body["text"] as? String == "<b>GovernanceBreach</b> for sre")
    }

    @Test func resolvedIsSkippedUnlessAskedFor() async throws {
        let server = try LoopbackHTTPServer { _, _ in Self.ok }
        try await notifier(server, sendResolved: false).send(governanceNotification(status: .resolved))
        #expect(server.requests.isEmpty)
        try await notifier(server, parseMode: nil).send(governanceNotification(status: .resolved))
        let body = try #require(try server.requests.first?.json() as? [String: Any])
        #expect((body["text"] as? String)?.contains("Status: RESOLVED") == true)
    }

    @Test func tooManyRequestsMapsToRetryAfter() async throws {
        let server = try LoopbackHTTPServer { _, _ in
            .respond(
                status: 429,
                body:
                    #"{"ok":false,"error_code":429,"description":"Too Many Requests: retry after 17","parameters":{"retry_after":17}}"#
            )
        }
        let error = await #expect(throws: NotifierError.self) {
            try await notifier(server).send(governanceNotification())
        }
        #expect(error?.retryable == true)
        #expect(error?.retryAfter == 17_000)
        #expect(error?.message == "telegram telegram sendMessage: error 429: Too Many Requests: retry after 17")
    }

    @Test func aWrongChatIsNotRetriedAndTheTokenNeverShows() async throws {
        let server = try LoopbackHTTPServer { _, _ in
            .respond(status: 400, body: #"{"ok":false,"error_code":400,"description":"Bad Request: chat not found"}"#)
        }
        let error = await #expect(throws: NotifierError.self) {
            try await notifier(server).send(governanceNotification())
        }
        #expect(error?.retryable == false)
        #expect(error?.message.contains(Self.token) == false)
        #expect(error?.message == "telegram telegram sendMessage: error 400: Bad Request: chat not found")
    }

    @Test func longMessagesGoOutAsSeveralInOrder() async throws {
        let server = try LoopbackHTTPServer { _, _ in Self.ok }
        let longLine = String(repeating: "x", count: 3_000)
        try await notifier(server, parseMode: nil, message: "\(longLine)\n\(longLine)\n{{ $labels.team }}")
            .send(governanceNotification())
        let texts = try server.requests.map { try #require(try $0.json() as? [String: Any])["text"] as? String }
        #expect(texts == [longLine, longLine + "\nsre"])
    }

    @Test func anUnreachableAPIIsRetryableAndNamesNoToken() async throws {
        let port = try LoopbackHTTPServer.freePort()
        let factory = ReceiverFactory(environment: ["TELEGRAM_TOKEN": Self.token], transport: HTTPTransport(timeout: 2))
        let settings = TelegramSettings(
            apiURL: "http://127.0.0.1:\(port)", botToken: .environment("TELEGRAM_TOKEN"), chatID: "1")
        let notifier = try #require(try factory.notifiers(for: receiver("telegram", [.telegram(settings)])).first)
        let error = await #expect(throws: NotifierError.self) { try await notifier.send(governanceNotification()) }
        #expect(error?.retryable == true)
        #expect(error.map { String(describing: $0) }?.contains(Self.token) == false)
    }
}
