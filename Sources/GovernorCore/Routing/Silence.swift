public import GovernorQuery

/// Mutes every alert its matchers select between `startsAt` and `endsAt` (milliseconds since the Unix epoch).
public struct Silence: Hashable, Sendable, Identifiable {
    public enum State: String, Hashable, Sendable {
        /// Not started yet.
        case pending
        case active
        case expired
    }

    public var id: String
    public var matchers: [LabelMatcher]
    public var startsAt: Int64
    public var endsAt: Int64
    public var comment: String
    public var createdBy: String
    public var location: SourceLocation?

    public init(
        id: String, matchers: [LabelMatcher], startsAt: Int64, endsAt: Int64, comment: String, createdBy: String,
        location: SourceLocation? = nil
    ) {
        self.id = id
        self.matchers = matchers
        self.startsAt = startsAt
        self.endsAt = endsAt
        self.comment = comment
        self.createdBy = createdBy
        self.location = location
    }

    /// As Alertmanager's `getState`: pending before the start, expired only after the end (the end is included).
    public func state(at time: Int64) -> State {
        if time < startsAt { return .pending }
        if time > endsAt { return .expired }
        return .active
    }

    public func mutes(_ labels: Labels, at time: Int64) -> Bool {
        state(at: time) == .active && matchers.matches(labels)
    }
}

extension [Silence] {
    /// The ids of the silences muting `labels` at `time`, in the order they were defined.
    public func silencing(_ labels: Labels, at time: Int64) -> [String] {
        filter { $0.mutes(labels, at: time) }.map(\.id)
    }
}
