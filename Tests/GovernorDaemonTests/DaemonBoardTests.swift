import Foundation
import GovernorQuery
import Synchronization
import Testing

@testable import GovernorDaemon

/// The board lends the core's store to readers, and takes it back while the core writes: a reader of the store
/// waits out the write and then sees what was written; a reader of anything else never waits.
@Suite(.timeLimit(.minutes(1))) struct DaemonBoardTests {
    static func snapshot(_ storage: InMemoryStorage) -> DaemonSnapshot {
        DaemonSnapshot(
            time: 0, startedAt: 0, processID: 1, ready: true, storage: storage, engine: QueryEngine(), groups: [],
            sources: [], counters: DaemonCounters(), governance: nil, alerting: nil, outboxDepth: 0)
    }

    @Test func aReaderOfTheStoreWaitsWhileTheCoreWritesIt() async throws {
        let board = DaemonBoard()
        var storage = InMemoryStorage()
        storage.append(labels: ["__name__": "x"], timestamp: 0, value: 1)
        board.post(Self.snapshot(storage))
        board.withdrawStore()
        // Everything but the store is still there without waiting, the store's counts included.
        #expect(board.current?.sequence == 1)
        #expect(board.current?.seriesCount == 1)

        let answered = Atomic(false)
        let reader = Task {
            let snapshot = await board.snapshot()
            answered.store(true, ordering: .sequentiallyConsistent)
            return snapshot?.storage.seriesCount
        }
        try await Task.sleep(for: .milliseconds(100))
        let answeredDuringTheWrite = answered.load(ordering: .sequentiallyConsistent)
        #expect(!answeredDuringTheWrite, "the reader did not wait for the write")

        storage.append(labels: ["__name__": "y"], timestamp: 0, value: 2)
        board.returnStore(storage)
        #expect(await reader.value == 2)
        #expect(board.current?.storage.seriesCount == 2)
        #expect(board.current?.sequence == 1)
    }

    @Test func aReaderWaitingForTheStoreIsAnsweredByTheNextPost() async throws {
        let board = DaemonBoard()
        board.post(Self.snapshot(InMemoryStorage()))
        board.withdrawStore()
        let reader = Task { await board.snapshot()?.sequence }
        try await Task.sleep(for: .milliseconds(50))
        board.post(Self.snapshot(InMemoryStorage()))
        #expect(await reader.value == 2)
    }

    @Test func beforeTheFirstPostThereIsNothingToWithdrawOrWaitFor() async {
        let board = DaemonBoard()
        board.withdrawStore()
        #expect(await board.snapshot() == nil)
        board.returnStore(InMemoryStorage())
        #expect(board.current == nil)
    }

    @Test func aDaemonStepLeavesTheStoreOnTheBoard() async throws {
        let source = DaemonTestCore.FlakySource()
        let (core, _) = try await DaemonTestCore.start(
            source: source, lines: DaemonTestCore.Lines())
        for tick in 0...3 { await core.advance(to: Int64(tick) * 10_000) }
        // Between steps the store is lent, not withdrawn, and holds what the steps wrote: `x` and the rule's ALERTS.
        let current = try #require(core.board.current)
        #expect(current.storage.seriesCount == current.seriesCount)
        let snapshot = try #require(await core.board.snapshot())
        let everything = try LabelMatcher(name: "__name__", type: .regexMatch, value: ".+")
        let names = Set(snapshot.storage.select([everything], start: 0, end: 30_000).map(\.labels.metricName))
        #expect(names.isSuperset(of: ["x", "ALERTS"] as Set<String?>))
    }
}
