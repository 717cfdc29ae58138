import GovernorQuery

/// The alert labels an alerting rule last made from a result sample's labels. A plan hands out the same label
/// array for the same series tick after tick, so finding it again costs a pointer comparison, and the rule's
/// alert keeps the very labels array it is keyed by.
struct CandidateLabelsMemo: Sendable {
    private var input: Labels?
    private var output = Labels()

    /// The labels `make` gives for `labels`, made afresh only when `labels` differ from last time's.
    mutating func labels(for labels: Labels, make: (Labels) -> Labels) -> Labels {
        if labels == input { return output }
        input = labels
        output = make(labels)
        return output
    }
}
