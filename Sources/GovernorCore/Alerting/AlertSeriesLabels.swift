import GovernorQuery

/// The `ALERTS` and `ALERTS_FOR_STATE` label sets of one rule's active alerts, kept from tick to tick by
/// position: an alert whose labels and state are what they were reuses its label sets. A steady alert then builds
/// no labels, and the store recognises them at once (comparing a label set with the very same array costs
/// nothing).
struct AlertSeriesLabels: Sendable {
    private struct Entry: Sendable {
        var alert: Labels
        var firing: Bool
        var alerts: Labels
        var forState: Labels
    }

    private var entries: [Entry] = []
    /// The samples last made from them, whose buffer the next ones are written into when no result holds it any
    /// more: a steady rule then allocates no sample list at each tick.
    private var samples: InstantVector = []

    init() {}

    /// The label sets of the active alert at `position`: the kept ones when it is the same alert in the same
    /// state, otherwise what `build` makes, kept for next time.
    mutating func series(at position: Int, of alert: Labels, firing: Bool, build: () -> (Labels, Labels))
        -> (alerts: Labels, forState: Labels)
    {
        if position < entries.count, entries[position].firing == firing, entries[position].alert == alert {
            return (entries[position].alerts, entries[position].forState)
        }
        let (alerts, forState) = build()
        let entry = Entry(alert: alert, firing: firing, alerts: alerts, forState: forState)
        if position < entries.count { entries[position] = entry } else { entries.append(entry) }
        return (alerts, forState)
    }

    /// Forgets the entries past the first `count`, which no alert used this time.
    mutating func keep(_ count: Int) {
        if entries.count > count { entries.removeLast(entries.count - count) }
    }

    /// The last samples' buffer, emptied, to write this time's samples into; hand them back with `putSamples(_:)`.
    mutating func takeSamples() -> InstantVector {
        var taken: InstantVector = []
        swap(&taken, &samples)
        taken.removeAll(keepingCapacity: true)
        return taken
    }

    /// Keeps the samples just made, so that the next call reuses their buffer once they are let go.
    mutating func putSamples(_ samples: InstantVector) {
        self.samples = samples
    }
}
