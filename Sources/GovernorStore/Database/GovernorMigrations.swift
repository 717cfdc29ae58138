import GRDB

/// The schema, one named migration per change. Never edit a shipped migration: add one.
enum GovernorMigrations {
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1-outbox") { db in
            // `sequence` is the enqueue order, which is the order each receiver must see its notifications in.
            try db.execute(
                sql: """
                    CREATE TABLE outbox (
                        sequence INTEGER PRIMARY KEY AUTOINCREMENT,
                        id TEXT NOT NULL UNIQUE,
                        receiver TEXT NOT NULL,
                        payload TEXT NOT NULL,
                        enqueued_at INTEGER NOT NULL,
                        attempts INTEGER NOT NULL DEFAULT 0,
                        next_attempt_at INTEGER NOT NULL,
                        last_error TEXT
                    );
                    CREATE INDEX outbox_next_attempt ON outbox(next_attempt_at);
                    CREATE TABLE delivered (
                        id TEXT PRIMARY KEY NOT NULL,
                        delivered_at INTEGER NOT NULL
                    );
                    CREATE TABLE dead_letters (
                        id TEXT PRIMARY KEY NOT NULL,
                        receiver TEXT NOT NULL,
                        payload TEXT NOT NULL,
                        reason TEXT NOT NULL,
                        attempts INTEGER NOT NULL,
                        dead_at INTEGER NOT NULL
                    );
                    """)
        }
        migrator.registerMigration("v1-tickets") { db in
            try db.execute(
                sql: """
                    CREATE TABLE tickets (
                        ticket_id TEXT NOT NULL,
                        fingerprint TEXT NOT NULL,
                        opened_at INTEGER NOT NULL,
                        closed_at INTEGER
                    );
                    CREATE UNIQUE INDEX tickets_one_open_per_alert ON tickets(fingerprint) WHERE closed_at IS NULL;
                    """)
        }
        migrator.registerMigration("v2-daemon-state") { db in
            try db.execute(
                sql: """
                    CREATE TABLE alert_states (
                        group_name TEXT NOT NULL,
                        rule_name TEXT NOT NULL,
                        rule_labels TEXT NOT NULL,
                        alerts TEXT NOT NULL,
                        updated_at INTEGER NOT NULL,
                        PRIMARY KEY (group_name, rule_name, rule_labels)
                    );
                    CREATE TABLE notification_log (
                        receiver TEXT NOT NULL,
                        group_key TEXT NOT NULL,
                        firing TEXT NOT NULL,
                        resolved TEXT NOT NULL,
                        sent_at INTEGER NOT NULL,
                        PRIMARY KEY (receiver, group_key)
                    );
                    CREATE TABLE compliance_history (
                        time INTEGER PRIMARY KEY NOT NULL,
                        status TEXT NOT NULL,
                        compliance_index REAL,
                        max_severity REAL,
                        breaches TEXT NOT NULL
                    );
                    CREATE TABLE daemon_state (
                        key TEXT PRIMARY KEY NOT NULL,
                        value TEXT NOT NULL
                    );
                    """)
        }
        migrator.registerMigration("v2-tail-positions") { db in
            // `device` and `inode` identify the file that was read (a rotation replaces them); `counters` holds
            // the tail's counter totals as JSON, saved with the offset they belong to.
            try db.execute(
                sql: """
                    CREATE TABLE tail_positions (
                        path TEXT PRIMARY KEY NOT NULL,
                        device INTEGER NOT NULL,
                        inode INTEGER NOT NULL,
                        offset INTEGER NOT NULL,
                        lines INTEGER NOT NULL,
                        counters TEXT NOT NULL
                    );
                    """)
        }
        migrator.registerMigration("v3-silences") { db in
            // Silences made through the Alertmanager API; `matchers` is JSON, times are the daemon's clock in ms.
            try db.execute(
                sql: """
                    CREATE TABLE silences (
                        id TEXT PRIMARY KEY NOT NULL,
                        matchers TEXT NOT NULL,
                        starts_at INTEGER NOT NULL,
                        ends_at INTEGER NOT NULL,
                        updated_at INTEGER NOT NULL,
                        created_by TEXT NOT NULL,
                        comment TEXT NOT NULL
                    );
                    """)
        }
        return migrator
    }
}
