import GRDB

/// Small facts the daemon keeps between runs, such as how far a simulated clock had got, so a restarted
/// simulation carries on from where it stopped instead of starting its scenario again.
public struct SQLiteDaemonState: Sendable {
    private let database: GovernorDatabase

    public init(database: GovernorDatabase) { self.database = database }

    public func value(_ key: String) async throws -> String? {
        try await database.pool.read { db in
            try String.fetchOne(db, sql: "SELECT value FROM daemon_state WHERE key = ?", arguments: [key])
        }
    }

    public func set(_ key: String, to value: String) async throws {
        try await database.pool.write { db in
            try db.execute(
                sql: """
                    INSERT INTO daemon_state (key, value) VALUES (?, ?)
                    ON CONFLICT (key) DO UPDATE SET value = excluded.value
                    """,
                arguments: [key, value])
        }
    }

    public func remove(_ key: String) async throws {
        try await database.pool.write { db in
            try db.execute(sql: "DELETE FROM daemon_state WHERE key = ?", arguments: [key])
        }
    }
}
