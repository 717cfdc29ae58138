import Foundation
import GovernorCore
import GovernorDaemon
import GovernorQuery
import GovernorSources
import GovernorStore
import Synchronization
import Testing

/// The daemon core driven instant by instant, with a source that fails and a database that is locked: the tick
/// goes on, each failure is told once, and nothing is lost once the fault clears.
@Suite struct DaemonCoreFailureTests {
    static let second: Int64 = 1_000

    @Test func aFailingSourceIsToldOnceWhenItFailsAndOnceWhenItRecovers() async throws {
        let source = DaemonTestCore.FlakySource()
        let lines = DaemonTestCore.Lines()
        let (core, _) = try await DaemonTestCore.start(source: source, lines: lines)
        await core.advance(to: 0)
        source.failing.withLock { $0 = true }
        for tick in 1...5 { await core.advance(to: Int64(tick) * 10 * Self.second) }
        source.failing.withLock { $0 = false }
        for tick in 6...8 { await core.advance(to: Int64(tick) * 10 * Self.second) }

        let sourceLines = lines.all.filter { $0.contains("SOURCE") }
        #expect(sourceLines.count == 2)
        #expect(sourceLines.first?.contains("flaky failed: connection refused") == true)
        #expect(sourceLines.last?.contains("flaky recovered") == true)
        // The group kept ticking through the outage.
        #expect(await core.counters.groupTicks == 9)
    }

    @Test func alertStateThatCannotBeWrittenIsWrittenOnceTheDatabaseIsFree() async throws {
        let source = DaemonTestCore.FlakySource()
        let lines = DaemonTestCore.Lines()
        let (core, directory) = try await DaemonTestCore.start(source: source, lines: lines)
        let path = directory.appendingPathComponent("state.sqlite").path

        // Another connection holds the write lock past the daemon's busy timeout (5 s) while the alert fires.
        try await DatabaseWriteLock.holding(on: path) {
            await core.advance(to: 0)
            #expect(lines.all.contains { $0.contains("FIRING    XHigh") })
            #expect(lines.all.contains { $0.contains("STORE") && $0.contains("will retry") })
        }

        await core.advance(to: 10 * Self.second)
        let saved = try await SQLiteAlertStateStore(database: try GovernorDatabase(path: path)).load()
        #expect(saved.map(\.rule.name) == ["XHigh"])
        #expect(saved.first?.alerts.first?.state == .firing)
        #expect(await core.counters.storeFailures >= 1)
    }
}
