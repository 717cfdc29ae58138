import GRDB
public import GovernorCore
public import GovernorEngine

/// The notification log (what each receiver was last told about each group) in SQLite, so that after a restart
/// nothing already notified is notified again before its repeat interval.
public struct SQLiteNotificationLogStore: NotificationLogStore {
    private let database: GovernorDatabase

    public init(database: GovernorDatabase) { self.database = database }

    public func lastNotification(receiver: String, groupKey: String) async throws -> NotificationLogEntry? {
        let row = try await database.pool.read { db in
            try Row.fetchOne(
                db, sql: "SELECT firing, resolved, sent_at FROM notification_log WHERE receiver = ? AND group_key = ?",
                arguments: [receiver, groupKey])
        }
        guard let row else { return nil }
        return NotificationLogEntry(
            firingAlerts: try StoreJSON.decode(Set<String>.self, from: row["firing"]),
            resolvedAlerts: try StoreJSON.decode(Set<String>.self, from: row["resolved"]), sentAt: row["sent_at"])
    }

    public func record(_ entry: NotificationLogEntry, receiver: String, groupKey: String) async throws {
        let firing = try StoreJSON.encode(entry.firingAlerts.sorted())
        let resolved = try StoreJSON.encode(entry.resolvedAlerts.sorted())
        try await database.pool.write { db in
            try db.execute(
                sql: """
                    INSERT INTO notification_log (receiver, group_key, firing, resolved, sent_at) VALUES (?, ?, ?, ?, ?)
                    ON CONFLICT (receiver, group_key) DO UPDATE
                    SET firing = excluded.firing, resolved = excluded.resolved, sent_at = excluded.sent_at
                    """,
                arguments: [receiver, groupKey, firing, resolved, entry.sentAt])
        }
    }

    /// Forgets everything told (a simulated timeline starting over).
    public func removeAll() async throws {
        try await database.pool.write { db in try db.execute(sql: "DELETE FROM notification_log") }
    }
}
