import GovernorCore
import GovernorEngine
import Testing

@Suite struct OutboxDispatcherTests {
    let policy = RetryPolicy(initialBackoff: 1_000, maximumBackoff: 60_000, jitter: 0.5, maximumAge: 10_000)
    let log = NotificationLog()
    let store = InMemoryOutboxStore()

    func dispatcher(receivers: [String] = ["team"], random: Double = 0.5) -> OutboxDispatcher {
        let notifiers = Dictionary(
            uniqueKeysWithValues: receivers.map { ($0, [ScriptedNotifier(name: $0, log: log)] as [any Notifier]) })
        return OutboxDispatcher(store: store, notifiers: notifiers, policy: policy, randomFraction: { random })
    }

    @Test func deliversInEnqueueOrderAndEmptiesTheOutbox() async throws {
        let dispatcher = dispatcher()
        for id in ["a", "b", "c"] { try await dispatcher.submit(sampleNotification(id), at: 0) }
        let report = try await dispatcher.runOnce(at: 0)
        #expect(report.delivered == ["a", "b", "c"])
        #expect(report.pendingCount == 0 && report.nextAttemptAt == nil)
        #expect(await log.accepted == ["a", "b", "c"])
        #expect(await store.pendingEntries.isEmpty)
    }

    @Test func enqueueIsIdempotentEvenAfterDelivery() async throws {
        let dispatcher = dispatcher()
        try await dispatcher.submit(sampleNotification("a"), at: 0)
        try await dispatcher.submit(sampleNotification("a"), at: 0)
        _ = try await dispatcher.runOnce(at: 0)
        try await dispatcher.submit(sampleNotification("a"), at: 5)
        _ = try await dispatcher.runOnce(at: 5)
        #expect(await log.attempts == ["a"])
    }

    @Test func aRetryingEntryIsNotOvertakenByLaterOnesForTheSameReceiver() async throws {
        let dispatcher = dispatcher(receivers: ["team", "other"])
        await log.fail("a", with: [NotifierError("HTTP 500", retryable: true)])
        try await dispatcher.submit(sampleNotification("a"), at: 0)
        try await dispatcher.submit(sampleNotification("b"), at: 0)
        try await dispatcher.submit(sampleNotification("z", receiver: "other"), at: 0)

        let first = try await dispatcher.runOnce(at: 0)
        #expect(first.delivered == ["z"])
        #expect(first.retried.map(\.id) == ["a"])
        #expect(first.retried.first?.nextAttemptAt == 1_000)
        #expect(first.pendingCount == 2 && first.nextAttemptAt == 1_000)

        let early = try await dispatcher.runOnce(at: 999)
        #expect(early.delivered.isEmpty && early.retried.isEmpty)

        let second = try await dispatcher.runOnce(at: 1_000)
        #expect(second.delivered == ["a", "b"])
        #expect(await log.accepted == ["z", "a", "b"])
    }

    @Test func backoffGrowsAndHonoursRetryAfter() async throws {
        let dispatcher = dispatcher(random: 0.5)
        await log.fail(
            "a",
            with: [
                NotifierError("HTTP 503", retryable: true), NotifierError("HTTP 503", retryable: true),
                NotifierError("HTTP 429", retryable: true, retryAfter: 7_000),
            ])
        try await dispatcher.submit(sampleNotification("a"), at: 0)
        #expect(try await dispatcher.runOnce(at: 0).retried.first?.nextAttemptAt == 1_000)
        #expect(try await dispatcher.runOnce(at: 1_000).retried.first?.nextAttemptAt == 3_000)
        #expect(try await dispatcher.runOnce(at: 3_000).retried.first?.nextAttemptAt == 10_000)
        #expect(try await dispatcher.runOnce(at: 10_000).delivered == ["a"])
    }

    @Test func nonRetryableErrorsDeadLetterAtOnceWithTheReason() async throws {
        let dispatcher = dispatcher()
        await log.fail("a", with: [NotifierError("HTTP 400: chat not found", retryable: false)])
        try await dispatcher.submit(sampleNotification("a"), at: 0)
        try await dispatcher.submit(sampleNotification("b"), at: 0)
        let report = try await dispatcher.runOnce(at: 0)
        #expect(report.deadLettered.map(\.id) == ["a"])
        #expect(report.delivered == ["b"])
        let dead = try #require(await store.deadLetters.first)
        #expect(dead.reason == "team integration #1 refused it and retrying cannot help: HTTP 400: chat not found")
    }

    @Test func drainAdvancesAManualClockUntilTheDeadLetter() async throws {
        let dispatcher = dispatcher()
        let clock = ManualClock()
        await log.fail("a", with: Array(repeating: NotifierError("timed out", retryable: true), count: 20))
        try await dispatcher.submit(sampleNotification("a"), at: 0)
        let report = try await dispatcher.drain(now: { clock.now }, sleep: { clock.advance(by: $0) })
        #expect(report.deadLettered.map(\.id) == ["a"])
        // 1s, 2s, 4s waits reach 7s; the next (8s) is cut to the 10s deadline, where the last attempt fails.
        #expect(await log.attempts.count == 5)
        let dead = try #require(await store.deadLetters.first)
        #expect(
            dead.reason == "gave up after 5 attempts: older than the maximum age of 10s; last error: "
                + "team integration #1: timed out")
    }

    @Test func unknownReceiversAreDeadLetteredNotRetriedForever() async throws {
        let dispatcher = dispatcher()
        try await dispatcher.submit(sampleNotification("a", receiver: "nobody"), at: 0)
        let report = try await dispatcher.runOnce(at: 0)
        #expect(report.deadLettered == [.init(id: "a", reason: "no receiver named \"nobody\" is configured")])
    }

    @Test func integrationsThatAcceptedAreNotResentOnRetry() async throws {
        let other = NotificationLog()
        await other.fail("a", with: [NotifierError("HTTP 502", retryable: true)])
        let dispatcher = OutboxDispatcher(
            store: store,
            notifiers: [
                "team": [ScriptedNotifier(name: "team", log: log), ScriptedNotifier(name: "team", log: other)]
            ],
            policy: policy, randomFraction: { 0.5 })
        try await dispatcher.submit(sampleNotification("a"), at: 0)
        #expect(try await dispatcher.runOnce(at: 0).retried.first?.error == "team integration #2: HTTP 502")
        #expect(try await dispatcher.runOnce(at: 1_000).delivered == ["a"])
        #expect(await log.attempts == ["a"])
        #expect(await other.attempts == ["a", "a"])
    }
}
