import Foundation
import GRDB
import GovernorCore
import GovernorDaemon
import GovernorPolicy
import GovernorQuery
import GovernorRuntime
import GovernorStore
import Synchronization
import Testing

/// What the daemon writes of its alert state: a change a restart needs, not a resend.
@Suite struct DaemonAlertStateSavingTests {
    static let second: Int64 = 1_000
    /// The default policy and a second group, `h`, with an alert of its own.
    static let twoGroups =
        DaemonTestCore.rules + """

              - name: h
                interval: 10s
                rules:
                  - alert: XAbove
                    expr: x > 1
            """

    @Test func aTickThatOnlyResendsAlertsSavesNothingAndAResolutionIsSaved() async throws {
        let source = DaemonTestCore.FlakySource()
        let (core, directory) = try await DaemonTestCore.start(source: source, lines: DaemonTestCore.Lines())
        let database = try GovernorDatabase(path: directory.appendingPathComponent("state.sqlite").path)
        func savedAt() async throws -> [Int64] {
            try await database.pool.read { db in
                try Int64.fetchAll(db, sql: "SELECT updated_at FROM alert_states ORDER BY rowid")
            }
        }

        await core.advance(to: 0)
        #expect(try await savedAt() == [0])
        // Three minutes of the alert firing: resent at every minute (the default resend delay), never changed.
        for tick in 1...18 { await core.advance(to: Int64(tick) * 10 * Self.second) }
        #expect(await core.counters.groupTicks == 19)
        #expect(try await savedAt() == [0])

        // `x` stops arriving; once it is older than the 5m lookback the alert resolves, and that is saved.
        source.failing.withLock { $0 = true }
        for tick in 19...60 { await core.advance(to: Int64(tick) * 10 * Self.second) }
        let saved = try await SQLiteAlertStateStore(database: database).load()
        #expect(saved.first?.alerts.first?.state == .inactive)
        let resolvedAt = try #require(saved.first?.alerts.first?.resolvedAt)
        #expect(try await savedAt() == [resolvedAt])
    }

    @Test func aReloadThatDropsARuleDropsItsSavedAlertsAtTheNextTick() async throws {
        let (core, directory) = try await DaemonTestCore.start(
            source: DaemonTestCore.FlakySource(), lines: DaemonTestCore.Lines(),
            rules: DaemonTestCore.rules + "\n      - alert: XAbove\n        expr: x > 1")
        let database = try GovernorDatabase(path: directory.appendingPathComponent("state.sqlite").path)
        await core.advance(to: 0)
        #expect(try await SQLiteAlertStateStore(database: database).load().map(\.rule.name) == ["XHigh", "XAbove"])

        // Back to the default policy: XAbove goes; XHigh, written where it was, keeps firing without a change of
        // its own.
        let path = directory.appendingPathComponent("rules.yaml").path
        try DaemonTestCore.rules.write(toFile: path, atomically: true, encoding: .utf8)
        #expect(await core.reload(ConfigurationLoader().load(policies: [path], alerts: nil), reason: "test"))
        await core.advance(to: 10 * Self.second)
        #expect(try await SQLiteAlertStateStore(database: database).load().map(\.rule.name) == ["XHigh"])
    }

    @Test func aReloadThatDropsAGroupDropsItsSavedAlertsAndARestartDropsTheirRemains() async throws {
        let (source, lines) = (DaemonTestCore.FlakySource(), DaemonTestCore.Lines())
        let (core, directory) = try await DaemonTestCore.start(source: source, lines: lines, rules: Self.twoGroups)
        let database = try GovernorDatabase(path: directory.appendingPathComponent("state.sqlite").path)
        let store = SQLiteAlertStateStore(database: database)
        await core.advance(to: 0)
        #expect(try await store.load().map(\.group).sorted() == ["g", "h"])

        // Group h goes: no tick of it will ever rewrite its rows, so the reload itself removes them.
        let path = directory.appendingPathComponent("rules.yaml").path
        try DaemonTestCore.rules.write(toFile: path, atomically: true, encoding: .utf8)
        #expect(await core.reload(ConfigurationLoader().load(policies: [path], alerts: nil), reason: "test"))
        #expect(try await store.load().map(\.group) == ["g"])

        // Rows of a group dropped while the daemon was down go when it starts again.
        let stale = AlertInstance(
            labels: Labels(["alertname": "XAbove"]), annotations: [:], state: .firing, value: 7, activeAt: 0,
            firedAt: 0)
        try await store.save(group: "h", rules: [(RuleIdentity(name: "XAbove", labels: [:]), [stale])], at: 1)
        _ = try await DaemonCore.start(DaemonTestCore.configuration(in: directory, source: source, lines: lines))
        #expect(try await store.load().map(\.group) == ["g"])
    }

    @Test func aReloadWhoseRemovalCannotBeWrittenIsStillAdoptedAndTheNextStartRemoves() async throws {
        let (source, lines) = (DaemonTestCore.FlakySource(), DaemonTestCore.Lines())
        let (core, directory) = try await DaemonTestCore.start(source: source, lines: lines, rules: Self.twoGroups)
        let path = directory.appendingPathComponent("state.sqlite").path
        let store = SQLiteAlertStateStore(database: try GovernorDatabase(path: path))
        await core.advance(to: 0)
        #expect(try await store.load().map(\.group).sorted() == ["g", "h"])

        let rulesPath = directory.appendingPathComponent("rules.yaml").path
        try DaemonTestCore.rules.write(toFile: rulesPath, atomically: true, encoding: .utf8)
        try await DatabaseWriteLock.holding(on: path) {
            #expect(await core.reload(ConfigurationLoader().load(policies: [rulesPath], alerts: nil), reason: "test"))
            #expect(
                lines.all.contains { $0.contains("STORE") && $0.contains("removing the alert state of dropped groups") }
            )
        }
        #expect(await core.counters.storeFailures == 1)
        #expect(try await store.load().map(\.group).sorted() == ["g", "h"])

        _ = try await DaemonCore.start(DaemonTestCore.configuration(in: directory, source: source, lines: lines))
        #expect(try await store.load().map(\.group) == ["g"])
    }
}
