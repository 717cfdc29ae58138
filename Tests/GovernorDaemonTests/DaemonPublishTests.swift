import Foundation
import GovernorCore
import GovernorDaemon
import GovernorPolicy
import Testing

/// What the board shows after steps that run a group and steps that run none: a step without a tick posts the
/// groups it posted last, so what it shows must still be current.
@Suite struct DaemonPublishTests {
    @Test func aStepThatRunsNoGroupShowsTheGroupsAsTheyStand() async throws {
        let (core, _) = try await DaemonTestCore.start(
            source: DaemonTestCore.FlakySource(), lines: DaemonTestCore.Lines())
        await core.advance(to: 0)
        let first = try #require(core.board.current?.groups.first)
        #expect(first.lastRun == 0)
        #expect(first.nextRun == 10_000)

        await core.advance(to: 5_000)
        let between = try #require(core.board.current)
        #expect(between.time == 5_000)
        #expect(between.groups.first?.lastRun == 0)
        #expect(between.groups.first?.nextRun == 10_000)

        await core.advance(to: 10_000)
        let second = try #require(core.board.current?.groups.first)
        #expect(second.lastRun == 10_000)
        #expect(second.nextRun == 20_000)
        #expect(second.rules.first?.lastEvaluation == 10_000)
        #expect(second.rules.first?.alerts.map(\.state) == [.firing])
    }

    @Test func aReloadCarriesEachKeptRulesLastRunToItsNewPosition() async throws {
        let (core, directory) = try await DaemonTestCore.start(
            source: DaemonTestCore.FlakySource(), lines: DaemonTestCore.Lines(),
            rules: """
                groups:
                  - name: g
                    interval: 10s
                    rules:
                      - alert: XLow
                        expr: x < 1
                      - alert: XHigh
                        expr: x > 5
                """)
        await core.advance(to: 0)
        #expect(core.board.current?.groups.first?.rules.map(\.lastEvaluation) == [0, 0])

        // XLow goes, so XHigh (written where it was) moves to the first position; XNew comes after it.
        let path = directory.appendingPathComponent("rules.yaml").path
        try """
        groups:
          - name: g
            interval: 10s
            rules:
              # XLow was here
              #
              - alert: XHigh
                expr: x > 5
              - alert: XNew
                expr: x > 7
        """.write(toFile: path, atomically: true, encoding: .utf8)
        #expect(await core.reload(ConfigurationLoader().load(policies: [path], alerts: nil), reason: "test"))
        let reloaded = try #require(core.board.current?.groups.first)
        #expect(reloaded.rules.map(\.definition.kind.name) == ["XHigh", "XNew"])
        #expect(reloaded.rules.map(\.lastEvaluation) == [0, nil])

        await core.advance(to: 10_000)
        #expect(core.board.current?.groups.first?.rules.map(\.lastEvaluation) == [10_000, 10_000])
    }

    @Test func aPausedGroupShowsItsScheduleMovingThoughItRunsNothing() async throws {
        let (core, _) = try await DaemonTestCore.start(
            source: DaemonTestCore.FlakySource(), lines: DaemonTestCore.Lines())
        await core.advance(to: 0)
        let paused = await core.perform(.pauseGroup("g"), arguments: [:], source: "test") { (true, []) }
        #expect(paused.outcome == .done)

        await core.advance(to: 10_000)
        let group = try #require(core.board.current?.groups.first)
        #expect(group.paused)
        #expect(group.lastRun == 0)
        #expect(group.nextRun == 20_000)
    }
}
