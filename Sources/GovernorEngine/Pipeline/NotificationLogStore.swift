public import GovernorCore

/// What each receiver was last told about each group (Alertmanager's `nflog`), which dedup reads and delivery
/// writes. A protocol so a durable store can keep it across restarts.
public protocol NotificationLogStore: Sendable {
    func lastNotification(receiver: String, groupKey: String) async throws -> NotificationLogEntry?
    func record(_ entry: NotificationLogEntry, receiver: String, groupKey: String) async throws
}

/// The notification log kept in memory, for tests and single-process runs.
public actor InMemoryNotificationLogStore: NotificationLogStore {
    private struct Key: Hashable {
        var receiver: String
        var groupKey: String
    }

    private var entries: [Key: NotificationLogEntry] = [:]

    public init() {}

    public func lastNotification(receiver: String, groupKey: String) -> NotificationLogEntry? {
        entries[Key(receiver: receiver, groupKey: groupKey)]
    }

    public func record(_ entry: NotificationLogEntry, receiver: String, groupKey: String) {
        entries[Key(receiver: receiver, groupKey: groupKey)] = entry
    }
}
