import GovernorCore
import GovernorDaemon
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
