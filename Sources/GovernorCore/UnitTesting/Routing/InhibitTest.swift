public import GovernorQuery

/// `inhibit_test`: whether the inhibit rules mute `alert` while the `firing` alerts fire.
public struct InhibitTest: Hashable, Sendable {
    public var firing: [Labels]
    public var alert: Labels
    public var inhibited: Bool
    public var location: SourceLocation

    public init(firing: [Labels], alert: Labels, inhibited: Bool, location: SourceLocation) {
        self.firing = firing
        self.alert = alert
        self.inhibited = inhibited
        self.location = location
    }
}
