extension PlanProgram {
    mutating func evaluateAggregation(_ index: Int, at time: Timestamp, storage: InMemoryStorage) -> Bool {
        let child = aggregations.inputs[index].first
        guard evaluate(child, at: time, storage: storage) else { return false }
        var scratch = self.scratch.take()!
        let input = takeRows(of: child)
        aggregations.update(index) { $0.aggregate(input, scratch: &scratch) }
        putRows(input, of: child)
        self.scratch = consume scratch
        return true
    }
}

extension AggregationNode {
    /// Folds the child's rows into one row per group.
    mutating func aggregate(_ input: borrowing PlanRows, scratch: inout PlanScratch) {
        scratch.groupOfRow.removeAll(keepingCapacity: true)
        for index in 0..<input.count {
            let id = input.row(index, in: scratch.tickRows).id
            var group: Int32
            if let cached = scratch.idMaps.target(of: id, in: groupOfChild) {
                group = cached
            } else {
                group = rows.table.id(of: Aggregation.groupKey(input.table[id], grouping: grouping, without: without))
                scratch.idMaps.store(group, for: id, in: &groupOfChild, ids: input.table.count)
            }
            scratch.groupOfRow.append(group)
        }

        // Groups come out in the order their first member came in, as the reference evaluator lists them.
        scratch.groupSlots.begin()
        scratch.accumulators.removeAll(keepingCapacity: true)
        scratch.order.removeAll(keepingCapacity: true)
        for index in 0..<input.count {
            let (group, value) = (scratch.groupOfRow[index], input.row(index, in: scratch.tickRows).value)
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
            rows.append(group, scratch.accumulators[slot].result(op), to: &scratch.tickRows)
        }
    }
}
