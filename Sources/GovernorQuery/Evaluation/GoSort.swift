/// Go's `sort.Sort` for the short slices it sorts by insertion (Go 1.19's pdqsort does so up to 12 elements):
/// stable, and with Go's exact swap order, so ties come out where Prometheus puts them.
///
/// Longer slices fall back to a stable sort; Go's pdqsort may order their ties differently (only the order of
/// equal values, never which elements, can differ).
enum GoSort {
    static let insertionSortLimit = 12

    static func sort<Element>(_ elements: inout [Element], by less: (Element, Element) -> Bool) {
        guard elements.count > 1 else { return }
        guard elements.count <= insertionSortLimit else {
            let stable = elements.enumerated().sorted { lhs, rhs in
                less(lhs.element, rhs.element) || (!less(rhs.element, lhs.element) && lhs.offset < rhs.offset)
            }
            elements = stable.map(\.element)
            return
        }
        for index in 1..<elements.count {
            var position = index
            while position > 0 && less(elements[position], elements[position - 1]) {
                elements.swapAt(position, position - 1)
                position -= 1
            }
        }
    }
}
