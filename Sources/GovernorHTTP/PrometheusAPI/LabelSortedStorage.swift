import GovernorQuery

/// A store whose selections come sorted by labels, as Prometheus's do once its data spans more than its head
/// block (merging blocks needs sorted series), which is what a running Prometheus answers from. Selection order
/// shows in API answers: a vector selector, and whatever keeps its input's order (aggregations, binary operations),
/// lists its series in it. Rule evaluation does not need the order and keeps the unsorted, cheaper store.
struct LabelSortedStorage: SeriesStorage {
    let base: any SeriesStorage

    func select(_ matchers: [LabelMatcher], start: Timestamp, end: Timestamp) -> RangeVector {
        base.select(matchers, start: start, end: end).sorted { $0.labels < $1.labels }
    }
}
