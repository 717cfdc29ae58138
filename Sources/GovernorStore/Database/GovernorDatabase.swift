import Foundation
public import GRDB

/// The SQLite file that holds Governor's durable state, opened in WAL mode (a `DatabasePool`) so readers never
/// block the writer, with every migration applied.
public struct GovernorDatabase: Sendable {
    /// Where state lives unless `--db` says otherwise, relative to the working directory.
    public static let defaultPath = ".governor/governor.sqlite"

    public let pool: DatabasePool
    public let path: String

    /// Opens (creating the file and its folder on demand) and migrates the database at `path`.
    public init(path: String = GovernorDatabase.defaultPath) throws {
        let directory = URL(fileURLWithPath: path).deletingLastPathComponent()
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        var configuration = Configuration()
        // Another process (a crashed and restarted drainer) may hold the write lock for a moment.
        configuration.busyMode = .timeout(5)
        pool = try DatabasePool(path: path, configuration: configuration)
        self.path = path
        try GovernorMigrations.migrator.migrate(pool)
    }

    /// SQLite's journal mode, `wal` once opened; exposed so tests and `governor doctor` can check it.
    public func journalMode() throws -> String {
        try pool.read { db in try String.fetchOne(db, sql: "PRAGMA journal_mode") ?? "" }
    }
}
