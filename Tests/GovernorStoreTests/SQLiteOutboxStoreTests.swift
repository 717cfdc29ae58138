import Foundation
import GovernorCore
import GovernorEngine
import GovernorStore
import Testing

@Suite struct SQLiteOutboxStoreTests {
    let path = temporaryDatabasePath()

    @Test func createsTheFileAndItsFolderInWALMode() throws {
        let database = try GovernorDatabase(path: path)
        #expect(FileManager.default.fileExists(atPath: path))
        #expect(try database.journalMode() == "wal")
    }

    @Test func roundTripsNotificationsInEnqueueOrder() async throws {
        let store = SQLiteOutboxStore(database: try GovernorDatabase(path: path))
        for id in ["c", "a", "b"] { try await store.enqueue(sampleNotification(id), at: 100) }
        let due = try await store.due(at: 100, limit: 10)
        #expect(due.map(\.notification.id) == ["c", "a", "b"])
        #expect(due.first?.notification == sampleNotification("c"))
        #expect(try await store.due(at: 99, limit: 10).isEmpty)
        #expect(try await store.due(at: 100, limit: 2).count == 2)
    }

    @Test func enqueueIsIdempotentAndDeliveredIdsAreNeverRequeued() async throws {
        let store = SQLiteOutboxStore(database: try GovernorDatabase(path: path))
        try await store.enqueue(sampleNotification("a"), at: 0)
        try await store.enqueue(sampleNotification("a"), at: 0)
        #expect(try await store.pendingCount() == 1)
        try await store.markDelivered(id: "a", at: 5)
        try await store.enqueue(sampleNotification("a"), at: 6)
        #expect(try await store.pendingCount() == 0)
        #expect(try await store.deliveredIDs() == ["a"])
    }

    @Test func failuresCountAttemptsAndPostponeTheEntry() async throws {
        let store = SQLiteOutboxStore(database: try GovernorDatabase(path: path))
        try await store.enqueue(sampleNotification("a"), at: 0)
        try await store.markFailed(id: "a", error: "HTTP 503", nextAttemptAt: 2_000)
        #expect(try await store.due(at: 1_999, limit: 10).isEmpty)
        let entry = try #require(try await store.due(at: 2_000, limit: 10).first)
        #expect(entry.attempts == 1 && entry.lastError == "HTTP 503" && entry.nextAttemptAt == 2_000)
    }

    @Test func deadLettersKeepTheNotificationAndTheReason() async throws {
        let store = SQLiteOutboxStore(database: try GovernorDatabase(path: path))
        try await store.enqueue(sampleNotification("a"), at: 0)
        try await store.markFailed(id: "a", error: "HTTP 503", nextAttemptAt: 10)
        try await store.markDead(id: "a", reason: "gave up", at: 20)
        let dead = try await store.deadLetters()
        #expect(dead == [DeadLetter(notification: sampleNotification("a"), reason: "gave up", attempts: 1, at: 20)])
        #expect(try await store.pendingCount() == 0)
        try await store.enqueue(sampleNotification("a"), at: 30)
        #expect(try await store.pendingCount() == 0, "a dead letter is not silently retried")
    }

    @Test func stateSurvivesReopening() async throws {
        do {
            let store = SQLiteOutboxStore(database: try GovernorDatabase(path: path))
            try await store.enqueue(sampleNotification("a"), at: 0)
            try await store.enqueue(sampleNotification("b"), at: 0)
            try await store.markDelivered(id: "a", at: 1)
        }
        let reopened = SQLiteOutboxStore(database: try GovernorDatabase(path: path))
        #expect(try await reopened.due(at: 10, limit: 10).map(\.notification.id) == ["b"])
        #expect(try await reopened.deliveredIDs() == ["a"])
    }

    @Test func theDispatcherDeliversFromSQLite() async throws {
        let store = SQLiteOutboxStore(database: try GovernorDatabase(path: path))
        let recorder = RecordingNotifier(name: "team")
        let dispatcher = OutboxDispatcher(store: store, notifiers: ["team": [recorder]])
        try await dispatcher.submit(sampleNotification("a"), at: 0)
        try await dispatcher.submit(sampleNotification("b"), at: 0)
        #expect(try await dispatcher.runOnce(at: 0).delivered == ["a", "b"])
        #expect(await recorder.sent == ["a", "b"])
    }

    @Test func unknownStatusIsAPreciseError() throws {
        var record = NotificationRecord(sampleNotification("a"))
        record.status = "exploded"
        #expect(throws: StoreError("notification a has unknown status \"exploded\"")) { try record.notification() }
    }
}

actor RecordingNotifier: Notifier {
    nonisolated let name: String
    private(set) var sent: [String] = []

    init(name: String) { self.name = name }

    func send(_ notification: GroupNotification) throws(NotifierError) { sent.append(notification.id) }
}
