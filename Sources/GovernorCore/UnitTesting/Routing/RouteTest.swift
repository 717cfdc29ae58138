public import GovernorQuery

/// `route_test`: the receivers an alert reaches, in the order `amtool config routes test` prints them, and
/// optionally the grouping and timing of the routes it reaches.
public struct RouteTest: Hashable, Sendable {
    public var labels: Labels
    public var receivers: [String]
    /// Checked on every route reached; nil leaves it unchecked.
    public var groupBy: GroupBy?
    /// Milliseconds, one per reached route in order, or a single value every reached route must have.
    public var groupWait: [Int64]?
    public var groupInterval: [Int64]?
    public var repeatInterval: [Int64]?
    public var location: SourceLocation

    public init(
        labels: Labels, receivers: [String], groupBy: GroupBy? = nil, groupWait: [Int64]? = nil,
        groupInterval: [Int64]? = nil, repeatInterval: [Int64]? = nil, location: SourceLocation
    ) {
        self.labels = labels
        self.receivers = receivers
        self.groupBy = groupBy
        self.groupWait = groupWait
        self.groupInterval = groupInterval
        self.repeatInterval = repeatInterval
        self.location = location
    }
}
