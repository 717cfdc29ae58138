import GovernorCore
import GovernorStore
import Testing

@Suite struct SQLiteNotificationLogStoreTests {
    static let first = NotificationLogEntry(firingAlerts: ["f1", "f2"], resolvedAlerts: [], sentAt: 1_000)
    static let second = NotificationLogEntry(firingAlerts: ["f2"], resolvedAlerts: ["f1"], sentAt: 2_000)

    @Test func recordingAgainUpdatesThatReceiversGroupOnly() async throws {
        let log = SQLiteNotificationLogStore(database: try GovernorDatabase(path: temporaryDatabasePath()))
        #expect(try await log.lastNotification(receiver: "team", groupKey: "g") == nil)
        try await log.record(Self.first, receiver: "team", groupKey: "g")
        try await log.record(Self.first, receiver: "other", groupKey: "g")
        try await log.record(Self.second, receiver: "team", groupKey: "g")
        #expect(try await log.lastNotification(receiver: "team", groupKey: "g") == Self.second)
        #expect(try await log.lastNotification(receiver: "other", groupKey: "g") == Self.first)
        #expect(try await log.lastNotification(receiver: "team", groupKey: "h") == nil)
    }

    @Test func theLogSurvivesReopeningAndRemoveAllEmptiesIt() async throws {
        let path = temporaryDatabasePath()
        do {
            let log = SQLiteNotificationLogStore(database: try GovernorDatabase(path: path))
            try await log.record(Self.second, receiver: "team", groupKey: "g")
        }
        let log = SQLiteNotificationLogStore(database: try GovernorDatabase(path: path))
        #expect(try await log.lastNotification(receiver: "team", groupKey: "g") == Self.second)
        try await log.removeAll()
        #expect(try await log.lastNotification(receiver: "team", groupKey: "g") == nil)
    }
}
