/// What the daemon has done since it started; `/metrics` will expose these.
public struct DaemonCounters: Hashable, Sendable {
    public var groupTicks = 0
    public var rulesEvaluated = 0
    public var missedTicks = 0
    public var sourceCollections = 0
    public var reloadSuccesses = 0
    public var reloadFailures = 0
    public var notificationsDelivered = 0
    public var notificationsRetried = 0
    public var notificationsDeadLettered = 0
    public var storeFailures = 0

    public init() {}
}
