import Foundation
import GRDB
public import GovernorQuery
public import GovernorSources

/// Tail positions in SQLite, one row per tailed path, so a restarted daemon resumes every tail where it stopped.
/// The offset and the counter totals are written in one statement: they never disagree.
public struct SQLiteTailPositionStore: TailPositionStore {
    private let database: GovernorDatabase

    public init(database: GovernorDatabase) { self.database = database }

    public func position(of path: String) async throws -> TailPosition? {
        let row = try await database.pool.read { db in
            try Row.fetchOne(
                db, sql: "SELECT device, inode, offset, lines, counters FROM tail_positions WHERE path = ?",
                arguments: [path])
        }
        guard let row else { return nil }
        let counters = try JSONDecoder().decode([SavedCounter].self, from: Data((row["counters"] as String).utf8))
        return TailPosition(
            device: UInt64(bitPattern: row["device"]), inode: UInt64(bitPattern: row["inode"]),
            offset: UInt64(row["offset"] as Int64), lines: row["lines"],
            counters: Dictionary(counters.map { (Labels($0.labels), $0.value) }) { first, _ in first })
    }

    public func save(_ position: TailPosition, of path: String) async throws {
        let counters = position.counters.sorted { $0.key < $1.key }.map { labels, value in
            SavedCounter(
                labels: Dictionary(uniqueKeysWithValues: labels.pairs.map { ($0.name, $0.value) }), value: value)
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        let json = String(decoding: try encoder.encode(counters), as: UTF8.self)
        try await database.pool.write { db in
            try db.execute(
                sql: """
                    INSERT INTO tail_positions (path, device, inode, offset, lines, counters) VALUES (?, ?, ?, ?, ?, ?)
                    ON CONFLICT(path) DO UPDATE SET device = excluded.device, inode = excluded.inode,
                        offset = excluded.offset, lines = excluded.lines, counters = excluded.counters
                    """,
                arguments: [
                    path, Int64(bitPattern: position.device), Int64(bitPattern: position.inode),
                    Int64(position.offset), position.lines, json,
                ])
        }
    }
}

/// One counter series as stored in the `counters` JSON column.
private struct SavedCounter: Codable {
    var labels: [String: String]
    var value: Double
}
