extension PlanProgram {
    mutating func evaluateAggregation(_ index: Int, at time: Timestamp, storage: InMemoryStorage) -> Bool {
        let child = aggregations[index]!.child
        guard evaluate(child, at: time, storage: storage) else { return false }
        var node = aggregations[index].take()!
        withRows(of: child) { node.aggregate($0) }
        aggregations[index] = consume node
        return true
    }
}

extension AggregationNode {
    /// Folds the child's rows into one row per group.
    mutating func aggregate(_ input: borrowing PlanRows) {
        groupOfRow.removeAll(keepingCapacity: true)
        for id in input.ids {
            var group: Int32
            if let cached = groupOfChild.cached(id) {
                group = cached
            } else {
                group = rows.table.id(of: Aggregation.groupKey(input.table[id], grouping: grouping, without: without))
                groupOfChild.store(group, for: id)
            }
            groupOfRow.append(group)
        }

        // Groups come out in the order their first member came in, as the reference evaluator lists them.
        slots.begin()
        accumulators.removeAll(keepingCapacity: true)
        order.removeAll(keepingCapacity: true)
        for (row, value) in input.values.enumerated() {
            let group = groupOfRow[row]
            if let slot = slots.slot(group) {
                accumulators[Int(slot)].add(op, value)
            } else {
                slots.mark(group, slot: Int32(accumulators.count))
                accumulators.append(AggregateAccumulator(op, first: value))
                order.append(group)
            }
        }
        rows.begin()
        for (slot, group) in order.enumerated() {
            rows.append(group, accumulators[slot].result(op))
        }
    }
}
