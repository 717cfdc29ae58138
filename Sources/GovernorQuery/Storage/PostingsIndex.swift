/// For every label name and value, the ids of the series carrying that pair, in ascending order.
///
/// This is the inverted index Prometheus's head block keeps (`MemPostings`): an equality matcher is
/// one lookup, and a regex runs once per distinct value of its label rather than once per series.
struct PostingsIndex: Sendable {
    typealias ValuePostings = [LabelInterner.ID: [SeriesID]]

    private var postingsByName: [LabelInterner.ID: ValuePostings] = [:]

    /// Records that `series` carries `name=value`. Series must be added in ascending id order.
    mutating func add(_ series: SeriesID, name: LabelInterner.ID, value: LabelInterner.ID) {
        postingsByName[name, default: [:]][value, default: []].append(series)
    }

    /// The series carrying exactly `name=value`.
    func series(name: LabelInterner.ID, value: LabelInterner.ID) -> [SeriesID] {
        postingsByName[name]?[value] ?? []
    }

    /// Every value `name` takes, each with its series; empty when no series has the label.
    func postings(forName name: LabelInterner.ID) -> ValuePostings {
        postingsByName[name] ?? [:]
    }

    /// Bytes held by the lists and the dictionaries around them.
    var estimatedBytes: Int {
        let entryBytes = MemoryLayout<LabelInterner.ID>.stride + MemoryLayout<[SeriesID]>.stride + 1
        var total =
            postingsByName.capacity * (MemoryLayout<LabelInterner.ID>.stride + MemoryLayout<ValuePostings>.stride + 1)
        for values in postingsByName.values {
            total += values.capacity * entryBytes
            for list in values.values { total += 32 + list.capacity * MemoryLayout<SeriesID>.stride }
        }
        return total
    }
}
