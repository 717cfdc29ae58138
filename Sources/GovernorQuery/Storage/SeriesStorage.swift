/// Where the evaluator reads samples from.
public protocol SeriesStorage: Sendable {
    /// Every series that satisfies all `matchers`, with its samples whose time lies in `[start, end]`
    /// (stale markers included), oldest first. Series with no sample in the window may be left out.
    func select(_ matchers: [LabelMatcher], start: Timestamp, end: Timestamp) -> RangeVector
}
