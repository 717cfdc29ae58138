import Foundation
import GRDB
public import GovernorCore
public import GovernorEngine
public import GovernorQuery

/// The outbox in SQLite: survives crashes, and remembers delivered ids so a notification enqueued again after a
/// crash (the pipeline re-deciding what it had already decided) is not sent a second time.
public struct SQLiteOutboxStore: OutboxStore {
    private let database: GovernorDatabase

    public init(database: GovernorDatabase) { self.database = database }

    public func enqueue(_ notification: GroupNotification, at time: Timestamp) async throws {
        let payload = try Self.encode(notification)
        try await database.pool.write { db in
            try db.execute(
                sql: """
                    INSERT OR IGNORE INTO outbox (id, receiver, payload, enqueued_at, next_attempt_at)
                    SELECT ?, ?, ?, ?, ?
                    WHERE NOT EXISTS (SELECT 1 FROM delivered WHERE id = ?1)
                      AND NOT EXISTS (SELECT 1 FROM dead_letters WHERE id = ?1)
                    """,
                arguments: [notification.id, notification.receiver, payload, time, time])
        }
    }

    public func due(at time: Timestamp, limit: Int) async throws -> [OutboxEntry] {
        try await database.pool.read { db in
            let rows = try Row.fetchAll(
                db,
                sql: """
                    SELECT payload, attempts, next_attempt_at, last_error FROM outbox
                    WHERE next_attempt_at <= ? ORDER BY sequence LIMIT ?
                    """,
                arguments: [time, max(0, limit)])
            return try rows.map { row in
                OutboxEntry(
                    notification: try Self.decode(row["payload"]), attempts: row["attempts"],
                    nextAttemptAt: row["next_attempt_at"], lastError: row["last_error"])
            }
        }
    }

    public func markDelivered(id: String, at time: Timestamp) async throws {
        try await database.pool.write { db in
            // One transaction: a crash leaves the entry either pending or delivered, never both or neither.
            try db.execute(sql: "DELETE FROM outbox WHERE id = ?", arguments: [id])
            try db.execute(
                sql: "INSERT OR IGNORE INTO delivered (id, delivered_at) VALUES (?, ?)", arguments: [id, time])
        }
    }

    public func markFailed(id: String, error: String, nextAttemptAt: Timestamp) async throws {
        try await database.pool.write { db in
            try db.execute(
                sql: "UPDATE outbox SET attempts = attempts + 1, last_error = ?, next_attempt_at = ? WHERE id = ?",
                arguments: [error, nextAttemptAt, id])
        }
    }

    public func markDead(id: String, reason: String, at time: Timestamp) async throws {
        try await database.pool.write { db in
            try db.execute(
                sql: """
                    INSERT OR IGNORE INTO dead_letters (id, receiver, payload, reason, attempts, dead_at)
                    SELECT id, receiver, payload, ?, attempts, ? FROM outbox WHERE id = ?
                    """,
                arguments: [reason, time, id])
            try db.execute(sql: "DELETE FROM outbox WHERE id = ?", arguments: [id])
        }
    }

    /// Everything given up on, oldest first.
    public func deadLetters() async throws -> [DeadLetter] {
        try await database.pool.read { db in
            let rows = try Row.fetchAll(
                db, sql: "SELECT payload, reason, attempts, dead_at FROM dead_letters ORDER BY dead_at, id")
            return try rows.map { row in
                DeadLetter(
                    notification: try Self.decode(row["payload"]), reason: row["reason"], attempts: row["attempts"],
                    at: row["dead_at"])
            }
        }
    }

    /// Ids delivered so far.
    public func deliveredIDs() async throws -> Set<String> {
        try await database.pool.read { db in Set(try String.fetchAll(db, sql: "SELECT id FROM delivered")) }
    }

    /// How many entries wait to be delivered.
    public func pendingCount() async throws -> Int {
        try await database.pool.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM outbox") ?? 0 }
    }

    private static func encode(_ notification: GroupNotification) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return String(decoding: try encoder.encode(NotificationRecord(notification)), as: UTF8.self)
    }

    private static func decode(_ payload: String) throws -> GroupNotification {
        try JSONDecoder().decode(NotificationRecord.self, from: Data(payload.utf8)).notification()
    }
}
