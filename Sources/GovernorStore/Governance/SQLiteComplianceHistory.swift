import GRDB
public import GovernorQuery
public import GovernorRuntime

/// Every governance pass, kept for the API and the dashboard (the compliance index over time, and which
/// objectives were breached when).
public struct SQLiteComplianceHistory: Sendable {
    private let database: GovernorDatabase

    public init(database: GovernorDatabase) { self.database = database }

    /// Records a pass; a second pass at the same instant (a restart re-running it) replaces the first.
    public func append(_ pass: GovernancePass) async throws {
        let breaches = try StoreJSON.encode(pass.breaches)
        try await database.pool.write { db in
            try db.execute(
                sql: """
                    INSERT OR REPLACE INTO compliance_history (time, status, compliance_index, max_severity, breaches)
                    VALUES (?, ?, ?, ?, ?)
                    """,
                arguments: [pass.time, pass.status.rawValue, pass.complianceIndex, pass.maxSeverity, breaches])
        }
    }

    /// The passes in `[from, to]`, oldest first.
    public func passes(from: Timestamp, to: Timestamp) async throws -> [GovernancePass] {
        let rows = try await database.pool.read { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT time, status, compliance_index, max_severity, breaches FROM compliance_history
                    WHERE time BETWEEN ? AND ? ORDER BY time
                    """,
                arguments: [from, to])
        }
        return try rows.map { row in
            GovernancePass(
                time: row["time"], status: GovernancePass.Status(rawValue: row["status"]) ?? .ok,
                complianceIndex: row["compliance_index"], maxSeverity: row["max_severity"],
                breaches: try StoreJSON.decode([GovernancePass.Breach].self, from: row["breaches"]))
        }
    }
}
