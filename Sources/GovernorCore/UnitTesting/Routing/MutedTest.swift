public import GovernorQuery

/// `muted_test`: whether the time intervals of the routes `alert` reaches keep it from being sent at a time.
public struct MutedTest: Hashable, Sendable {
    /// Milliseconds since the Unix epoch.
    public var at: Int64
    public var alert: Labels
    /// True when every route the alert reaches is muted, so nothing is sent.
    public var muted: Bool
    public var location: SourceLocation

    public init(at: Int64, alert: Labels, muted: Bool, location: SourceLocation) {
        self.at = at
        self.alert = alert
        self.muted = muted
        self.location = location
    }
}
