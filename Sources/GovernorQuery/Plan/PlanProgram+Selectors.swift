extension PlanProgram {
    mutating func evaluateInstantSelector(_ index: Int, at time: Timestamp, storage: InMemoryStorage) -> Bool {
        guard Self.refresh(&instantSelectors[index].resolved, storage: storage, replaced: &storeReplaced),
            let (oldest, reference) = Self.window(
                at: time, offset: instantSelectors[index].offset, length: lookbackDelta)
        else { return false }
        let series = instantSelectors[index].resolved.series
        while instantSelectors[index].rows.table.count < series.count {
            let position = instantSelectors[index].rows.table.count
            _ = instantSelectors[index].rows.table.id(of: storage.labelsBySeries[Int(series[position])])
        }
        instantSelectors[index].rows.begin()
        for (position, id) in series.enumerated() {
            guard let last = storage.samplesBySeries[Int(id)].lastSample(from: oldest, through: reference),
                !StaleMarker.isStale(last.value)
            else { continue }
            instantSelectors[index].rows.append(Int32(position), last.value)
        }
        return true
    }

    mutating func evaluateRangeCall(_ index: Int, at time: Timestamp, storage: InMemoryStorage) -> Bool {
        guard Self.refresh(&rangeCalls[index].resolved, storage: storage, replaced: &storeReplaced),
            let (start, end) = Self.window(
                at: time, offset: rangeCalls[index].offset, length: rangeCalls[index].range)
        else { return false }
        let series = rangeCalls[index].resolved.series
        while rangeCalls[index].outputOfPosition.count < series.count {
            let labels = storage.labelsBySeries[Int(series[rangeCalls[index].outputOfPosition.count])]
            let output = rangeCalls[index].keepsMetricName ? labels : labels.withoutMetricName()
            rangeCalls[index].outputOfPosition.append(rangeCalls[index].rows.table.id(of: output))
        }
        let function = rangeCalls[index].function
        let scalars = rangeCalls[index].scalars
        if rangeCalls[index].windows.count < series.count {
            rangeCalls[index].windows.append(
                contentsOf: repeatElement(SeriesWindow(), count: series.count - rangeCalls[index].windows.count))
        }
        rangeCalls[index].rows.begin()
        rangeCalls[index].seen.begin()
        for (position, id) in series.enumerated() {
            let points = rangeCalls[index].windows[position].points(
                in: storage, series: id, from: start, through: end)
            if points.isEmpty { continue }
            let input = RangeFunctionInput(
                points: points, rangeStart: start, rangeEnd: end, evaluationTime: time, scalarArguments: scalars)
            guard let value = function(input) else { continue }
            let output = rangeCalls[index].outputOfPosition[position]
            // Two series whose labels differ only in the metric name: the reference evaluator reports it.
            if rangeCalls[index].seen.slot(output) != nil { return false }
            rangeCalls[index].seen.mark(output)
            rangeCalls[index].rows.append(output, value)
        }
        return true
    }
}
