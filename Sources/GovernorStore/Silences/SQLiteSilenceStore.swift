import GRDB
public import GovernorCore
import GovernorQuery

/// The silences made at run time, in SQLite, so they outlive a restart as Alertmanager's snapshot file keeps them.
public struct SQLiteSilenceStore: Sendable {
    private let database: GovernorDatabase

    public init(database: GovernorDatabase) { self.database = database }

    public func load() async throws -> [RuntimeSilence] {
        try await database.pool.read { db in
            try Row.fetchAll(
                db, sql: "SELECT id, matchers, starts_at, ends_at, updated_at, created_by, comment FROM silences"
            ).map { row in
                let matchers = try StoreJSON.decode([StoredMatcher].self, from: row["matchers"]).map {
                    try $0.matcher()
                }
                return RuntimeSilence(
                    Silence(
                        id: row["id"], matchers: matchers, startsAt: row["starts_at"], endsAt: row["ends_at"],
                        comment: row["comment"], createdBy: row["created_by"]),
                    updatedAt: row["updated_at"])
            }
        }
    }

    /// Writes every silence given (new or changed) and deletes `removed`, in one transaction. Synchronous on
    /// purpose: the daemon's actor calls it between reading and replacing its silences, and an `await` there would
    /// let a second change interleave and be lost. It is one small row.
    public func save(_ silences: [RuntimeSilence], removing removed: [String] = []) throws {
        let rows = try silences.map { entry in
            (entry, try StoreJSON.encode(entry.silence.matchers.map(StoredMatcher.init)))
        }
        try database.pool.write { db in
            for (entry, matchers) in rows {
                let silence = entry.silence
                try db.execute(
                    sql: """
                        INSERT OR REPLACE INTO silences
                            (id, matchers, starts_at, ends_at, updated_at, created_by, comment)
                        VALUES (?, ?, ?, ?, ?, ?, ?)
                        """,
                    arguments: [
                        silence.id, matchers, silence.startsAt, silence.endsAt, entry.updatedAt, silence.createdBy,
                        silence.comment,
                    ])
            }
            for id in removed {
                try db.execute(sql: "DELETE FROM silences WHERE id = ?", arguments: [id])
            }
        }
    }
}

/// A matcher as the table stores it: `{"name":"alertname","type":"=~","value":"Disk.*"}`.
struct StoredMatcher: Codable {
    var name: String
    var type: String
    var value: String

    init(_ matcher: LabelMatcher) {
        name = matcher.name
        type = matcher.type.rawValue
        value = matcher.value
    }

    func matcher() throws -> LabelMatcher {
        guard let type = MatchType(rawValue: type) else { throw StoreError("unknown matcher type \(type)") }
        return try LabelMatcher(name: name, type: type, value: value)
    }
}
