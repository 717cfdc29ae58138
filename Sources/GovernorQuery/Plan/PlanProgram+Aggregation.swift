extension PlanProgram {
    mutating func evaluateAggregation(_ index: Int, at time: Timestamp, storage: InMemoryStorage) -> Bool {
        // Taken out first, so its child is read from it: the child runs meanwhile, and cannot read its parent.
        var node = aggregations.take(index)
        let succeeded = evaluate(node.child, at: time, storage: storage)
        if succeeded {
            var scratch = self.scratch.take()!
            withRows(of: node.child) { node.aggregate($0, scratch: &scratch) }
            self.scratch = consume scratch
        }
        aggregations.put(consume node, at: index)
        return succeeded
    }
}

extension AggregationNode {
    /// Folds the child's rows into one row per group.
    mutating func aggregate(_ input: borrowing PlanRows, scratch: inout PlanScratch) {
        scratch.groupOfRow.removeAll(keepingCapacity: true)
        for id in input.ids {
            var group: Int32
            if let cached = groupOfChild.cached(id) {
                group = cached
            } else {
                group = rows.table.id(of: Aggregation.groupKey(input.table[id], grouping: grouping, without: without))
                groupOfChild.store(group, for: id)
            }
            scratch.groupOfRow.append(group)
        }

        // Groups come out in the order their first member came in, as the reference evaluator lists them.
        scratch.groupSlots.begin()
        scratch.accumulators.removeAll(keepingCapacity: true)
        scratch.order.removeAll(keepingCapacity: true)
        for (row, value) in input.values.enumerated() {
            let group = scratch.groupOfRow[row]
            if let slot = scratch.groupSlots.slot(group) {
                scratch.accumulators[Int(slot)].add(op, value)
            } else {
                scratch.groupSlots.mark(group, slot: Int32(scratch.accumulators.count))
                scratch.accumulators.append(AggregateAccumulator(op, first: value))
                scratch.order.append(group)
            }
        }
        rows.begin()
        for (slot, group) in scratch.order.enumerated() {
            rows.append(group, scratch.accumulators[slot].result(op))
        }
    }
}
