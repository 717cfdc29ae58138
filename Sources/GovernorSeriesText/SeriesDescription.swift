public import GovernorQuery

/// One value of an expanded series sequence: a sample, or a step with no sample (`_`).
public enum SequenceValue: Sendable, Hashable {
    case sample(Double)
    case omitted
}

/// A series line of a promqltest script: `metric{label="value"} 0+10x5 _ stale`,
/// with its value notation already expanded one entry per step.
public struct SeriesDescription: Sendable, Hashable {
    public var labels: Labels
    public var values: [SequenceValue]

    public init(labels: Labels, values: [SequenceValue]) {
        self.labels = labels
        self.values = values
    }
}
