public import GovernorQuery

/// `silence_test`: which silences mute `alert` at a time.
public struct SilenceTest: Hashable, Sendable {
    public enum Expectation: Hashable, Sendable {
        /// `silenced_by: [ids]`: exactly these silences, in any order.
        case silencedBy([String])
        /// `silenced: true|false`: by at least one silence, or by none.
        case silenced(Bool)
    }

    /// Milliseconds since the Unix epoch.
    public var at: Int64
    public var alert: Labels
    public var expectation: Expectation
    public var location: SourceLocation

    public init(at: Int64, alert: Labels, expectation: Expectation, location: SourceLocation) {
        self.at = at
        self.alert = alert
        self.expectation = expectation
        self.location = location
    }
}
