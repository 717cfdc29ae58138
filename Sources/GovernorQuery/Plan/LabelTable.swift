/// The distinct label sets one plan node outputs, each with a small id, so a tick moves ids around instead of
/// hashing label sets. Ids are stable for the life of the plan: caches keyed by them never go stale.
struct LabelTable: Sendable {
    private(set) var labels: [Labels] = []
    private var ids: [Labels: Int32] = [:]

    mutating func id(of labelSet: Labels) -> Int32 {
        if let id = ids[labelSet] { return id }
        let id = Int32(labels.count)
        labels.append(labelSet)
        ids[labelSet] = id
        return id
    }

    subscript(id: Int32) -> Labels { labels[Int(id)] }

    var count: Int { labels.count }
}

/// Marks ids as seen during one tick without clearing anything between ticks: a mark counts only when it
/// carries the current epoch. Grows with the ids it is given.
struct TickMarks: Sendable {
    /// Each id's epoch and slot side by side: one read for both. One array, so that `PlanScratch`, which holds four
    /// of these and is moved in and out of the program for every node, stays small enough to move without a call.
    private var marks: [(epoch: UInt32, slot: Int32)] = []
    private var epoch: UInt32 = 0

    /// Starts a new tick; everything marked before is forgotten.
    mutating func begin() {
        epoch &+= 1
        if epoch == 0 {
            for index in marks.indices { marks[index].epoch = 0 }
            epoch = 1
        }
    }

    /// The slot stored for `id` this tick, if it was marked.
    func slot(_ id: Int32) -> Int32? {
        guard Int(id) < marks.count else { return nil }
        let mark = marks[Int(id)]
        return mark.epoch == epoch ? mark.slot : nil
    }

    mutating func mark(_ id: Int32, slot: Int32 = 0) {
        if Int(id) >= marks.count {
            marks.append(contentsOf: repeatElement((epoch: 0, slot: 0), count: Int(id) + 1 - marks.count))
        }
        marks[Int(id)] = (epoch, slot)
    }
}
