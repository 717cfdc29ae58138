public import GovernorQuery

/// A route as written in a configuration file: every setting optional, so that it can inherit from its parent.
/// `Route(_:)` resolves it into the tree the dispatcher walks.
public struct RouteDefinition: Hashable, Sendable {
    public var receiver: String?
    /// `match`, `match_re` and `matchers` together, in that order.
    public var matchers: [LabelMatcher]
    public var continueMatching: Bool
    /// nil inherits the parent's grouping.
    public var groupBy: GroupBy?
    public var groupWait: Int64?
    public var groupInterval: Int64?
    public var repeatInterval: Int64?
    public var muteTimeIntervals: [String]
    public var activeTimeIntervals: [String]
    public var routes: [RouteDefinition]
    public var location: SourceLocation?

    public init(
        receiver: String? = nil, matchers: [LabelMatcher] = [], continueMatching: Bool = false,
        groupBy: GroupBy? = nil, groupWait: Int64? = nil, groupInterval: Int64? = nil, repeatInterval: Int64? = nil,
        muteTimeIntervals: [String] = [], activeTimeIntervals: [String] = [], routes: [RouteDefinition] = [],
        location: SourceLocation? = nil
    ) {
        self.receiver = receiver
        self.matchers = matchers
        self.continueMatching = continueMatching
        self.groupBy = groupBy
        self.groupWait = groupWait
        self.groupInterval = groupInterval
        self.repeatInterval = repeatInterval
        self.muteTimeIntervals = muteTimeIntervals
        self.activeTimeIntervals = activeTimeIntervals
        self.routes = routes
        self.location = location
    }
}
