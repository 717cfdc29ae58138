extension PlanProgram {
    mutating func evaluateAggregation(_ index: Int, at time: Timestamp, storage: InMemoryStorage) -> Bool {
        let child = aggregations[index].child
        guard evaluate(child, at: time, storage: storage) else { return false }
        let input = rows(of: child)
        let op = aggregations[index].op
        let grouping = aggregations[index].grouping
        let without = aggregations[index].without

        aggregations[index].groupOfRow.removeAll(keepingCapacity: true)
        for id in input.ids {
            var group: Int32
            if let cached = aggregations[index].groupOfChild.cached(id) {
                group = cached
            } else {
                let key = Aggregation.groupKey(input.table[id], grouping: grouping, without: without)
                group = aggregations[index].rows.table.id(of: key)
                aggregations[index].groupOfChild.store(group, for: id)
            }
            aggregations[index].groupOfRow.append(group)
        }

        // Groups come out in the order their first member came in, as the reference evaluator lists them.
        aggregations[index].slots.begin()
        aggregations[index].accumulators.removeAll(keepingCapacity: true)
        aggregations[index].order.removeAll(keepingCapacity: true)
        for (row, value) in input.values.enumerated() {
            let group = aggregations[index].groupOfRow[row]
            if let slot = aggregations[index].slots.slot(group) {
                aggregations[index].accumulators[Int(slot)].add(op, value)
            } else {
                aggregations[index].slots.mark(group, slot: Int32(aggregations[index].accumulators.count))
                aggregations[index].accumulators.append(AggregateAccumulator(op, first: value))
                aggregations[index].order.append(group)
            }
        }
        aggregations[index].rows.begin()
        for (slot, group) in aggregations[index].order.enumerated() {
            aggregations[index].rows.append(group, aggregations[index].accumulators[slot].result(op))
        }
        return true
    }
}
