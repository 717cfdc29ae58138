/// The series one selector matches, resolved against the store once and then kept current: each refresh checks
/// only the series created since the last one, instead of intersecting postings lists on every tick.
///
/// Series ids only grow and series are never removed (dropping samples keeps them), so the list stays ascending,
/// which is the order the reference evaluator's selectors return series in.
struct ResolvedSeries: Sendable {
    enum Refresh {
        case unchanged
        case grew
        /// The store is not the one resolved against (fewer series, or different ones): start over.
        case replaced
    }

    let matchers: [LabelMatcher]
    private(set) var series: [SeriesID] = []
    /// How many of the store's series have been checked: it changes whenever the list may have, so a reader that
    /// keeps something per resolved series can tell it is current without reading the list.
    private(set) var checkedThrough = 0
    /// The labels of the last series checked, to notice a different store with as many series.
    private var checkpoint: Labels?

    /// The metric name an equality matcher requires, checked first: most new series (a rule's output, another
    /// metric's first scrape) fail on it, without running the other matchers.
    private let requiredName: String?

    init(matchers: [LabelMatcher]) {
        self.matchers = matchers
        requiredName = matchers.first { $0.name == Labels.metricName && $0.type == .equal }?.value
    }

    mutating func refresh(from storage: InMemoryStorage) -> Refresh {
        let count = storage.seriesCount
        if count < checkedThrough { return .replaced }
        if checkedThrough > 0, storage.labelsBySeries[checkedThrough - 1] != checkpoint { return .replaced }
        if count == checkedThrough { return .unchanged }
        if checkedThrough == 0 {
            series = storage.seriesMatching(matchers)
        } else if let requiredName {
            // Only the new series with the required name can match: its postings list, from the first new one.
            let named = storage.seriesNamed(requiredName)
            var index = SortedSeriesIDs.firstIndex(notBelow: SeriesID(checkedThrough), in: named)
            while index < named.count {
                if matches(storage.labelsBySeries[Int(named[index])]) { series.append(named[index]) }
                index += 1
            }
        } else {
            for id in checkedThrough..<count where matches(storage.labelsBySeries[id]) {
                series.append(SeriesID(id))
            }
        }
        checkedThrough = count
        checkpoint = storage.labelsBySeries[count - 1]
        return .grew
    }

    /// A missing label reads as the empty string, exactly as the postings-based matching treats it.
    private func matches(_ labels: Labels) -> Bool {
        if let requiredName, labels.metricName != requiredName { return false }
        return matchers.allSatisfy { $0.matches(labels[$0.name] ?? "") }
    }
}
