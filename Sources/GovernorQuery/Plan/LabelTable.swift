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
    private var epochs: [UInt32] = []
    private var slots: [Int32] = []
    private var epoch: UInt32 = 0

    /// Starts a new tick; everything marked before is forgotten.
    mutating func begin() {
        epoch &+= 1
        if epoch == 0 {
            for index in epochs.indices { epochs[index] = 0 }
            epoch = 1
        }
    }

    /// The slot stored for `id` this tick, if it was marked.
    func slot(_ id: Int32) -> Int32? {
        Int(id) < epochs.count && epochs[Int(id)] == epoch ? slots[Int(id)] : nil
    }

    mutating func mark(_ id: Int32, slot: Int32 = 0) {
        if Int(id) >= epochs.count {
            let missing = Int(id) + 1 - epochs.count
            epochs.append(contentsOf: repeatElement(0, count: missing))
            slots.append(contentsOf: repeatElement(0, count: missing))
        }
        epochs[Int(id)] = epoch
        slots[Int(id)] = slot
    }
}
