import GRDB
public import GovernorEngine
public import GovernorQuery

/// Open tickets in SQLite, so a restarted Governor still knows which alerts already have one.
/// At most one open ticket per fingerprint is enforced by a partial unique index.
public struct SQLiteTicketLedger: TicketLedger {
    private let database: GovernorDatabase

    public init(database: GovernorDatabase) { self.database = database }

    public func openTicket(forFingerprint fingerprint: String) async throws -> String? {
        try await database.pool.read { db in
            try String.fetchOne(
                db, sql: "SELECT ticket_id FROM tickets WHERE fingerprint = ? AND closed_at IS NULL",
                arguments: [fingerprint])
        }
    }

    public func recordOpened(ticketID: String, fingerprint: String, at time: Timestamp) async throws {
        try await database.pool.write { db in
            try db.execute(
                sql: "INSERT OR IGNORE INTO tickets (ticket_id, fingerprint, opened_at) VALUES (?, ?, ?)",
                arguments: [ticketID, fingerprint, time])
        }
    }

    public func recordClosed(fingerprint: String, at time: Timestamp) async throws {
        try await database.pool.write { db in
            try db.execute(
                sql: "UPDATE tickets SET closed_at = ? WHERE fingerprint = ? AND closed_at IS NULL",
                arguments: [time, fingerprint])
        }
    }
}
