import GovernorEngine
import Testing

@Suite struct InMemoryTicketLedgerTests {
    @Test func remembersOpenTicketsUntilClosed() async throws {
        let ledger: any TicketLedger = InMemoryTicketLedger()
        #expect(try await ledger.openTicket(forFingerprint: "abc") == nil)
        try await ledger.recordOpened(ticketID: "page-1", fingerprint: "abc", at: 0)
        #expect(try await ledger.openTicket(forFingerprint: "abc") == "page-1")
        try await ledger.recordClosed(fingerprint: "abc", at: 1)
        #expect(try await ledger.openTicket(forFingerprint: "abc") == nil)
    }
}
