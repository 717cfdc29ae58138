extension PlanProgram {
    // Each node is moved out while it runs and moved back after: a `defer` would copy it back instead.

    mutating func evaluateInstantSelector(_ index: Int, at time: Timestamp, storage: InMemoryStorage) -> Bool {
        var node = instantSelectors.take(index)
        var succeeded = false
        if Self.refresh(&node.resolved, storage: storage, replaced: &storeReplaced),
            let (oldest, reference) = Self.window(at: time, offset: node.offset, length: lookbackDelta)
        {
            node.select(from: oldest, through: reference, storage: storage)
            succeeded = true
        }
        instantSelectors.put(consume node, at: index)
        return succeeded
    }

    mutating func evaluateRangeCall(_ index: Int, at time: Timestamp, storage: InMemoryStorage) -> Bool {
        var node = rangeCalls.take(index)
        var succeeded = false
        if Self.refresh(&node.resolved, storage: storage, replaced: &storeReplaced),
            let (start, end) = Self.window(at: time, offset: node.offset, length: node.range)
        {
            var scratch = self.scratch.take()!
            succeeded = node.call(from: start, through: end, at: time, storage: storage, scratch: &scratch)
            self.scratch = consume scratch
        }
        rangeCalls.put(consume node, at: index)
        return succeeded
    }
}

extension InstantSelectorNode {
    /// Each resolved series' latest non-stale sample in `[oldest, reference]`.
    mutating func select(from oldest: Timestamp, through reference: Timestamp, storage: InMemoryStorage) {
        let series = resolved.series
        while rows.table.count < series.count {
            _ = rows.table.id(of: storage.labelsBySeries[Int(series[rows.table.count])])
        }
        rows.begin()
        for (position, id) in series.enumerated() {
            guard let last = storage.samplesBySeries[Int(id)].lastSample(from: oldest, through: reference),
                !StaleMarker.isStale(last.value)
            else { continue }
            rows.append(Int32(position), last.value)
        }
    }
}

extension RangeCallNode {
    /// The function over each resolved series' points in `[start, end]`; false when two series would give the
    /// same output labels (the reference evaluator reports that).
    mutating func call(
        from start: Timestamp, through end: Timestamp, at time: Timestamp, storage: InMemoryStorage,
        scratch: inout PlanScratch
    ) -> Bool {
        let series = resolved.series
        while outputOfPosition.count < series.count {
            let labels = storage.labelsBySeries[Int(series[outputOfPosition.count])]
            outputOfPosition.append(rows.table.id(of: keepsMetricName ? labels : labels.withoutMetricName()))
        }
        if windows.count < series.count {
            windows.append(contentsOf: repeatElement(SeriesWindow(), count: series.count - windows.count))
        }
        rows.begin()
        scratch.seen.begin()
        for (position, id) in series.enumerated() {
            let points = windows[position].points(in: storage, series: id, from: start, through: end)
            if points.isEmpty { continue }
            let input = RangeFunctionInput(
                points: points, rangeStart: start, rangeEnd: end, evaluationTime: time, scalarArguments: scalars)
            guard let value = function(input) else { continue }
            let output = outputOfPosition[position]
            // Two series whose labels differ only in the metric name: the reference evaluator reports it.
            if scratch.seen.slot(output) != nil { return false }
            scratch.seen.mark(output)
            rows.append(output, value)
        }
        return true
    }
}
