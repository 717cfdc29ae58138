public import GovernorQuery

/// Everything `alerts/` configures: the routing tree, receivers, inhibitions, named time intervals and silences.
public struct AlertingConfiguration: Hashable, Sendable {
    public var route: Route
    public var receivers: [ReceiverConfiguration]
    public var inhibitRules: [InhibitRule]
    /// `time_intervals` and the older `mute_time_intervals`, by name.
    public var timeIntervals: [String: [TimeInterval]]
    public var silences: [Silence]
    /// Template file globs, kept for receivers that render Alertmanager templates.
    public var templates: [String]

    public init(
        route: Route, receivers: [ReceiverConfiguration] = [], inhibitRules: [InhibitRule] = [],
        timeIntervals: [String: [TimeInterval]] = [:], silences: [Silence] = [], templates: [String] = []
    ) {
        self.route = route
        self.receivers = receivers
        self.inhibitRules = inhibitRules
        self.timeIntervals = timeIntervals
        self.silences = silences
        self.templates = templates
    }

    public func receiver(named name: String) -> ReceiverConfiguration? {
        receivers.first { $0.name == name }
    }

    /// Whether the matched route sends nothing at `time`: inside one of its `mute_time_intervals`, or outside
    /// all of its `active_time_intervals` (Alertmanager's TimeMuteStage and TimeActiveStage).
    public func isMuted(_ route: MatchedRoute, at time: Int64) -> Bool {
        let inside = { (names: [String]) in
            names.contains { name in (timeIntervals[name] ?? []).contains { $0.contains(time) } }
        }
        if inside(route.options.muteTimeIntervals) { return true }
        return !route.options.activeTimeIntervals.isEmpty && !inside(route.options.activeTimeIntervals)
    }
}
