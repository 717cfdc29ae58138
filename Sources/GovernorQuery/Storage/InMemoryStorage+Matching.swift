extension InMemoryStorage {
    /// The ids of the series satisfying every matcher, ascending, following Prometheus's
    /// `PostingsForMatchers`: matchers that reject the empty string contribute the series they
    /// select, which are intersected; matchers that accept it (and so also select series lacking the
    /// label) contribute the series they reject, which are subtracted.
    func seriesMatching(_ matchers: [LabelMatcher]) -> [SeriesID] {
        var included: [[SeriesID]] = []
        var excluded: [[SeriesID]] = []
        for matcher in matchers {
            if matcher.matchesEmpty {
                excluded.append(seriesRejected(by: matcher))
            } else {
                let selected = seriesSelected(by: matcher)
                if selected.isEmpty { return [] }
                included.append(selected)
            }
        }
        included.sort { $0.count < $1.count }
        var result = included.first ?? (0..<SeriesID(seriesCount)).map { $0 }
        for list in included.dropFirst() {
            result = SortedSeriesIDs.intersection(result, list)
            if result.isEmpty { return [] }
        }
        for list in excluded {
            result = SortedSeriesIDs.subtracting(list, from: result)
        }
        return result
    }

    /// The series whose metric name is `name`, ascending.
    func seriesNamed(_ name: String) -> [SeriesID] {
        guard let nameID = interner.id(of: Labels.metricName), let valueID = interner.id(of: name) else { return [] }
        return postings.series(name: nameID, value: valueID)
    }

    /// The series whose value for the matcher's label satisfies it, leaving out series without the label.
    private func seriesSelected(by matcher: LabelMatcher) -> [SeriesID] {
        guard let name = interner.id(of: matcher.name) else { return [] }
        if matcher.type == .equal {
            guard let value = interner.id(of: matcher.value) else { return [] }
            return postings.series(name: name, value: value)
        }
        return seriesWithValues(of: name, where: { matcher.matches($0) })
    }

    /// The series that carry the matcher's label with a value that fails it.
    private func seriesRejected(by matcher: LabelMatcher) -> [SeriesID] {
        guard let name = interner.id(of: matcher.name) else { return [] }
        if matcher.type == .notEqual {
            guard let value = interner.id(of: matcher.value) else { return [] }
            return postings.series(name: name, value: value)
        }
        return seriesWithValues(of: name, where: { !matcher.matches($0) })
    }

    /// The union of the postings of every value of `name` that passes `test`, which runs once per
    /// distinct value.
    private func seriesWithValues(
        of name: LabelInterner.ID,
        where test: (String) -> Bool
    ) -> [SeriesID] {
        var lists: [[SeriesID]] = []
        for (value, series) in postings.postings(forName: name) where test(interner[value]) {
            lists.append(series)
        }
        return SortedSeriesIDs.union(ofDisjoint: lists, seriesCount: seriesCount)
    }
}
