import GovernorStore
import Testing

@Suite struct SQLiteTicketLedgerTests {
    @Test func oneOpenTicketPerFingerprintAcrossReopening() async throws {
        let path = temporaryDatabasePath()
        do {
            let ledger = SQLiteTicketLedger(database: try GovernorDatabase(path: path))
            try await ledger.recordOpened(ticketID: "page-1", fingerprint: "abc", at: 0)
            try await ledger.recordOpened(ticketID: "page-2", fingerprint: "abc", at: 1)
        }
        let ledger = SQLiteTicketLedger(database: try GovernorDatabase(path: path))
        #expect(try await ledger.openTicket(forFingerprint: "abc") == "page-1")
        try await ledger.recordClosed(fingerprint: "abc", at: 2)
        #expect(try await ledger.openTicket(forFingerprint: "abc") == nil)
        try await ledger.recordOpened(ticketID: "page-3", fingerprint: "abc", at: 3)
        #expect(try await ledger.openTicket(forFingerprint: "abc") == "page-3")
    }
}
