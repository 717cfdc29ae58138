import Foundation
import GovernorCore
import GovernorEngine
import GovernorReceivers
import GovernorTestSupport
import Testing

@Suite struct NotionNotifierTests {
    static let token = "secret_notion_integration_token"
    let ticketLog = temporaryDirectory().appendingPathComponent("logs/maintenance_tickets.ndjson").path
    let ledger: any TicketLedger = InMemoryTicketLedger()

    func notifier(_ server: LoopbackHTTPServer) throws -> any Notifier {
        let factory = ReceiverFactory(
            fileReader: { path in
                guard path == "/run/secrets/notion" else { throw CocoaError(.fileNoSuchFile) }
                return Self.token + "\n"
            }, transport: HTTPTransport(timeout: 5, now: { fixedNow }), ticketLedger: ledger, ticketLogPath: ticketLog)
        let settings = NotionSettings(
            apiURL: server.baseURL, token: .file("/run/secrets/notion"),
            databaseID: "d9824bdc-8445-4327-be8b-5b47500af6ce",
            properties: ["Name": "{{ $labels.alertname }} ({{ $labels.objective }})", "Team": "{{ $labels.team }}"])
        return try #require(try factory.notifiers(for: receiver("tickets", [.notion(settings)])).first)
    }

    static func created(_ index: Int) -> LoopbackHTTPServer.Reply {
        .respond(
            status: 200,
            body:
                #"{"object":"page","id":"page-\#(index)","url":"https://www.notion.so/page-\#(index)","properties":{}}"#
        )
    }

    @Test func opensOneTicketPerAlertWithMappedProperties() async throws {
        let server = try LoopbackHTTPServer { _, index in Self.created(index) }
        try await notifier(server).send(governanceNotification())
        #expect(server.requests.count == 2)
        let request = try #require(server.requests.first)
        #expect(request.method == "POST" && request.path == "/v1/pages")
        #expect(request.headers["authorization"] == "Bearer \(Self.token)")
        #expect(request.headers["notion-version"] == "2022-06-28")
        let body = try #require(try request.json() as? NSDictionary)
        let expected: NSDictionary = [
            "parent": ["database_id": "d9824bdc-8445-4327-be8b-5b47500af6ce"],
            "properties": [
                "Name": ["title": [["type": "text", "text": ["content": "GovernanceBreach (availability)"]]]],
                "Team": ["rich_text": [["type": "text", "text": ["content": "sre"]]]],
            ],
        ]
        #expect(body == expected)
        #expect(try await ledger.openTicket(forFingerprint: "a1b2c3") == "page-0")
        #expect(try await ledger.openTicket(forFingerprint: "d4e5f6") == "page-1")
    }

    @Test func neverOpensASecondTicketForAnOpenAlert() async throws {
        let server = try LoopbackHTTPServer { _, index in Self.created(index) }
        let notifier = try notifier(server)
        try await notifier.send(governanceNotification(id: "first"))
        try await notifier.send(governanceNotification(id: "repeat"))
        #expect(server.requests.count == 2)
        try await notifier.send(governanceNotification(id: "resolved", status: .resolved))
        try await notifier.send(governanceNotification(id: "again"))
        #expect(server.requests.count == 4, "after resolving, a new firing opens fresh tickets")
    }

    @Test func appendsEachTicketToTheMaintenanceLog() async throws {
        let server = try LoopbackHTTPServer { _, index in Self.created(index) }
        try await notifier(server).send(governanceNotification())
        let lines = try String(contentsOfFile: ticketLog, encoding: .utf8).split(separator: "\n")
        #expect(lines.count == 2)
        let first = try #require(try JSONSerialization.jsonObject(with: Data(lines[0].utf8)) as? NSDictionary)
        let expected: NSDictionary = [
            "openedAt": "2023-11-14T22:15:00Z", "receiver": "governance", "ticketID": "page-0",
            "url": "https://www.notion.so/page-0", "fingerprint": "a1b2c3", "title": "GovernanceBreach (availability)",
            "labels": ["alertname": "GovernanceBreach", "objective": "availability", "team": "sre"],
        ]
        #expect(first == expected)
    }

    @Test func notionErrorsAreClassifiedAndHideTheToken() async throws {
        let server = try LoopbackHTTPServer { _, _ in
            .respond(
                status: 400,
                body: #"{"object":"error","status":400,"code":"validation_error","message":"Team is not a property"}"#)
        }
        let error = await #expect(throws: NotifierError.self) {
            try await notifier(server).send(governanceNotification())
        }
        #expect(error?.retryable == false)
        #expect(error?.message.contains("validation_error") == true)
        #expect(error?.message.contains(Self.token) == false)
        #expect(try await ledger.openTicket(forFingerprint: "a1b2c3") == nil)
    }
}
