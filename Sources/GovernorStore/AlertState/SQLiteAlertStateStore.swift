import GRDB
public import GovernorCore
public import GovernorQuery
public import GovernorRuntime

/// Alert states and `for` timers in SQLite, so a restarted daemon picks up where it stopped: firing alerts stay
/// firing and pending ones keep the time they became active, as Prometheus restores them from
/// `ALERTS_FOR_STATE`. One row per alerting rule that has alerts, keyed by group and rule identity.
public struct SQLiteAlertStateStore: Sendable {
    /// One rule's saved alerts.
    public struct SavedRule: Sendable {
        public var group: String
        public var rule: RuleIdentity
        public var alerts: [AlertInstance]
    }

    private let database: GovernorDatabase

    public init(database: GovernorDatabase) { self.database = database }

    /// Replaces everything saved for `group` with `rules` in one transaction, so a crash leaves either the old
    /// state or the new one.
    public func save(group: String, rules: [(rule: RuleIdentity, alerts: [AlertInstance])], at time: Timestamp)
        async throws
    {
        let rows = try rules.map { rule, alerts in
            (rule.name, try StoreJSON.encode(rule.labels), try StoreJSON.encode(alerts.map(AlertInstanceRecord.init)))
        }
        try await database.pool.write { db in
            try db.execute(sql: "DELETE FROM alert_states WHERE group_name = ?", arguments: [group])
            for (name, labels, alerts) in rows {
                try db.execute(
                    sql: """
                        INSERT INTO alert_states (group_name, rule_name, rule_labels, alerts, updated_at)
                        VALUES (?, ?, ?, ?, ?)
                        """,
                    arguments: [group, name, labels, alerts, time])
            }
        }
    }

    /// Every saved rule, by group and rule name.
    public func load() async throws -> [SavedRule] {
        let rows = try await database.pool.read { db in
            try Row.fetchAll(
                db, sql: "SELECT group_name, rule_name, rule_labels, alerts FROM alert_states ORDER BY rowid")
        }
        return try rows.map { row in
            SavedRule(
                group: row["group_name"],
                rule: RuleIdentity(
                    name: row["rule_name"],
                    labels: try StoreJSON.decode([String: String].self, from: row["rule_labels"])),
                alerts: try StoreJSON.decode([AlertInstanceRecord].self, from: row["alerts"]).map(\.instance))
        }
    }

    /// Removes what was saved for every group not in `groups`: the groups of the policies in force. A group that
    /// comes back later starts without alerts, rather than with ones that may have been stale for days.
    public func removeGroups(except groups: Set<String>) async throws {
        if groups.isEmpty { return try await removeAll() }
        let kept = Array(groups)
        try await database.pool.write { db in
            try db.execute(
                sql: "DELETE FROM alert_states WHERE group_name NOT IN (\(databaseQuestionMarks(count: kept.count)))",
                arguments: StatementArguments(kept))
        }
    }

    public func removeAll() async throws {
        try await database.pool.write { db in try db.execute(sql: "DELETE FROM alert_states") }
    }
}
