extension PlanProgram {
    mutating func evaluateInstantSelector(_ index: Int, at time: Timestamp, storage: InMemoryStorage) -> Bool {
        var replaced = false
        let lookbackDelta = lookbackDelta
        var scratch = self.scratch.take()!
        let succeeded = instantSelectors.update(index) { node in
            guard Self.refresh(&node.resolved, storage: storage, replaced: &replaced),
                let (oldest, reference) = Self.window(at: time, offset: node.offset, length: lookbackDelta)
            else { return false }
            node.select(from: oldest, through: reference, storage: storage, tickRows: &scratch.tickRows)
            return true
        }
        self.scratch = consume scratch
        if replaced { storeReplaced = true }
        return succeeded
    }

    mutating func evaluateRangeCall(_ index: Int, at time: Timestamp, storage: InMemoryStorage) -> Bool {
        var replaced = false
        var scratch = self.scratch.take()!
        var pool = windowPool.take()!
        let tick = tick
        let succeeded = rangeCalls.update(index) { node in
            guard Self.refresh(&node.resolved, storage: storage, replaced: &replaced),
                let (start, end) = Self.window(at: time, offset: node.offset, length: node.range)
            else { return false }
            return node.call(
                from: start, through: end, at: time, tick: tick, storage: storage, pool: &pool, scratch: &scratch)
        }
        windowPool = consume pool
        self.scratch = consume scratch
        if replaced { storeReplaced = true }
        return succeeded
    }
}

extension InstantSelectorNode {
    /// Each resolved series' latest non-stale sample in `[oldest, reference]`.
    mutating func select(
        from oldest: Timestamp, through reference: Timestamp, storage: InMemoryStorage, tickRows: inout [PlanRow]
    ) {
        let series = resolved.series
        while rows.table.count < series.count {
            _ = rows.table.id(of: storage.labelsBySeries[Int(series[rows.table.count])])
        }
        rows.begin()
        for (position, id) in series.enumerated() {
            guard let last = storage.samplesBySeries[Int(id)].lastSample(from: oldest, through: reference),
                !StaleMarker.isStale(last.value)
            else { continue }
            rows.append(Int32(position), last.value, to: &tickRows)
        }
    }
}

extension RangeCallNode {
    /// The function over each resolved series' points in `[start, end]`; false when two series would give the
    /// same output labels (the reference evaluator reports that).
    mutating func call(
        from start: Timestamp, through end: Timestamp, at time: Timestamp, tick: UInt32, storage: InMemoryStorage,
        pool: inout WindowPool, scratch: inout PlanScratch
    ) -> Bool {
        if positionedThrough != resolved.checkedThrough { catchUp(storage: storage, pool: &pool) }
        rows.begin()
        scratch.seen.begin()
        if let extrapolation {
            return pool.forEachChange(
                extrapolation, of: positions, in: storage, from: start, through: end, at: tick, keeping: keepsChanges
            ) { appendUnique($0, $1, scratch: &scratch) }
        }
        // One input for every series, its points replaced each time: built anew, it retained and released the
        // function's arguments once per series.
        let function = function
        var input = RangeFunctionInput(
            points: [], rangeStart: start, rangeEnd: end, evaluationTime: time, scalarArguments: scalars)
        for index in 0..<positions.count {
            let position = pool.position(index, of: positions)
            // The last window's points share one of the pool's blocks: let go of them first, or reading the next
            // window would copy the block.
            input.points = []
            input.points = pool.points(
                of: position.window, in: storage, series: position.series, from: start, through: end)
            if input.points.isEmpty { continue }
            guard let value = function(input) else { continue }
            guard appendUnique(position.output, value, scratch: &scratch) else { return false }
        }
        return true
    }

    /// Adds a position for each series resolved since the last tick.
    private mutating func catchUp(storage: InMemoryStorage, pool: inout WindowPool) {
        let series = resolved.series
        while positions.count < series.count {
            let id = series[positions.count]
            let labels = storage.labelsBySeries[Int(id)]
            let output = rows.table.id(of: keepsMetricName ? labels : labels.withoutMetricName())
            let window = pool.window(series: id, range: range, offset: offset)
            pool.append(RangeCallPosition(series: id, output: output, window: window), to: &positions)
        }
        positionedThrough = resolved.checkedThrough
    }

    /// Appends the series' value under its output labels; false when two series would give the same output labels
    /// (labels that differ only in the metric name), which the reference evaluator reports.
    private mutating func appendUnique(_ output: Int32, _ value: Double, scratch: inout PlanScratch) -> Bool {
        if scratch.seen.slot(output) != nil { return false }
        scratch.seen.mark(output)
        rows.append(output, value, to: &scratch.tickRows)
        return true
    }
}
