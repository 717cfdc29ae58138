public import GovernorCore
public import GovernorQuery

/// What to replay: the time range and how finely to step through it.
public struct ReplayOptions: Hashable, Sendable {
    /// The first instant evaluated (inclusive, milliseconds).
    public var from: Timestamp
    /// The last instant evaluated (inclusive, milliseconds).
    public var to: Timestamp
    /// Milliseconds between replay clock instants; nil means the smallest group interval, so every group ticks
    /// exactly on its own schedule. A larger step trades fidelity for speed: a group whose interval is shorter
    /// than the step runs once per step.
    public var step: Int64?

    public init(from: Timestamp, to: Timestamp, step: Int64? = nil) {
        self.from = from
        self.to = to
        self.step = step
    }
}
