/// A route's effective settings, each inherited from the parent unless the route sets it.
public struct RouteOptions: Hashable, Sendable {
    public var receiver: String
    public var groupBy: GroupBy
    /// How long a new group waits for more alerts before its first notification, in milliseconds.
    public var groupWait: Int64
    /// How long a group waits between notifications about changes, in milliseconds.
    public var groupInterval: Int64
    /// How long before an unchanged notification is sent again, in milliseconds.
    public var repeatInterval: Int64
    /// Names of `time_intervals` during which the route sends nothing. Not inherited, as in Alertmanager.
    public var muteTimeIntervals: [String]
    /// Names of `time_intervals` outside which the route sends nothing. Not inherited, as in Alertmanager.
    public var activeTimeIntervals: [String]

    public init(
        receiver: String, groupBy: GroupBy = .labels([]), groupWait: Int64 = RouteOptions.defaultGroupWait,
        groupInterval: Int64 = RouteOptions.defaultGroupInterval,
        repeatInterval: Int64 = RouteOptions.defaultRepeatInterval, muteTimeIntervals: [String] = [],
        activeTimeIntervals: [String] = []
    ) {
        self.receiver = receiver
        self.groupBy = groupBy
        self.groupWait = groupWait
        self.groupInterval = groupInterval
        self.repeatInterval = repeatInterval
        self.muteTimeIntervals = muteTimeIntervals
        self.activeTimeIntervals = activeTimeIntervals
    }

    /// Alertmanager's root defaults (`dispatch.DefaultRouteOpts`): 30s, 5m, 4h.
    public static let defaultGroupWait: Int64 = 30_000
    public static let defaultGroupInterval: Int64 = 300_000
    public static let defaultRepeatInterval: Int64 = 14_400_000
}
