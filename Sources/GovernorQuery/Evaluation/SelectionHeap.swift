/// The heap `topk` and `bottomk` keep their members in, replaying Prometheus 2.42's `vectorByValueHeap` (and its
/// reverse) under Go's `container/heap`, swap for swap: a newcomer pops the top and is pushed.
///
/// Which of several equal values survives depends on exactly where each sits in the heap, so the same sift
/// steps, the same replacement test and the same final sort (Go's `sort.Sort` of the reversed heap) are what make
/// ties pick the series Prometheus picks.
struct SelectionHeap {
    /// True for `topk`: the smallest value sits on top, to be replaced first.
    let keepsLargest: Bool
    private(set) var members: [VectorSample]

    init(keepsLargest: Bool, first: VectorSample) {
        self.keepsLargest = keepsLargest
        members = [first]
    }

    /// Offers one more sample to a heap that keeps at most `k`: Prometheus pops the top and pushes the newcomer
    /// when it beats the top, or whenever the top is NaN (even for a NaN newcomer).
    mutating func offer(_ sample: VectorSample, k: Int) {
        let top = members[0].value
        let beatsTop = keepsLargest ? top < sample.value : top > sample.value
        guard members.count < k || beatsTop || top.isNaN else { return }
        if members.count == k {
            if k == 1 {
                members[0] = sample
                return
            }
            pop()
        }
        members.append(sample)
        siftUp(members.count - 1)
    }

    /// Go's `heap.Pop`: the last element moves to the top and sinks, then the old top is dropped.
    private mutating func pop() {
        let last = members.count - 1
        members.swapAt(0, last)
        _ = siftDown(0, count: last)
        members.removeLast()
    }

    /// The members best first, as `sort.Sort(sort.Reverse(heap))` leaves them.
    func sortedBestFirst() -> [VectorSample] {
        var sorted = members
        GoSort.sort(&sorted) { lhs, rhs in isLess(rhs.value, lhs.value) }
        return sorted
    }

    /// The heap's `Less`: NaN always sorts first, so it is the first to go.
    private func isLess(_ lhs: Double, _ rhs: Double) -> Bool {
        if lhs.isNaN { return true }
        return keepsLargest ? lhs < rhs : lhs > rhs
    }

    private func less(_ i: Int, _ j: Int) -> Bool { isLess(members[i].value, members[j].value) }

    private mutating func siftUp(_ start: Int) {
        var child = start
        while true {
            let parent = (child - 1) / 2
            if parent == child || !less(child, parent) { break }
            members.swapAt(parent, child)
            child = parent
        }
    }

    /// Returns whether the element moved, as Go's `down` does.
    private mutating func siftDown(_ start: Int, count: Int) -> Bool {
        var parent = start
        while true {
            let left = 2 * parent + 1
            if left >= count { break }
            var child = left
            if left + 1 < count && less(left + 1, left) { child = left + 1 }
            if !less(child, parent) { break }
            members.swapAt(parent, child)
            parent = child
        }
        return parent > start
    }
}
