import Testing

@testable import GovernorQuery

/// The kept windows of range functions against the reference evaluator, on the histories where keeping them is
/// easy to get wrong: each case evaluates the same plan more than once, changing the store in between.
@Suite struct SeriesWindowTests {
    static let expression = "sum_over_time(x[1m])"

    static func store(_ values: [Double], step: Int64 = 10_000) -> InMemoryStorage {
        var storage = InMemoryStorage()
        for (index, value) in values.enumerated() {
            storage.append(labels: ["__name__": "x"], timestamp: Int64(index) * step, value: value)
        }
        return storage
    }

    /// The plan's answer and the reference evaluator's, both at `time`.
    static func answers(_ plan: inout QueryPlan, at time: Timestamp, _ storage: InMemoryStorage) throws
        -> (plan: Outcome, reference: Outcome)
    {
        let expr = try Parser.parse(expression)
        let reference = Outcome { () throws(EvaluationError) in
            try QueryEngine().evaluate(expr, at: time, storage: storage)
        }
        return (Outcome { () throws(EvaluationError) in try plan.evaluate(at: time, storage: storage) }, reference)
    }

    @Test func aStoreReplacedByOneWithTheSameSeriesIsReadAfresh() throws {
        var plan = QueryPlan(try Parser.parse(Self.expression))
        #expect(plan.isIncremental)
        let first = try Self.answers(&plan, at: 60_000, Self.store([0, 8, 8, 2, 3]))
        #expect(first.plan == first.reference)
        // Same labels, same series count, fewer samples: `clear` then `load` in a promqltest script.
        let second = try Self.answers(&plan, at: 60_000, Self.store([1, 1, 1]))
        #expect(second.plan == second.reference)
        #expect(second.reference == .value(.vector([VectorSample(labels: [:], timestamp: 60_000, value: 3)])))
    }

    @Test func aReplacedNewestSampleIsReadAgain() throws {
        var plan = QueryPlan(try Parser.parse(Self.expression))
        var storage = Self.store([1, 2, 3])
        let before = try Self.answers(&plan, at: 20_000, storage)
        #expect(before.plan == before.reference)
        storage.append(labels: ["__name__": "x"], timestamp: 20_000, value: 30)
        let after = try Self.answers(&plan, at: 20_000, storage)
        #expect(after.plan == after.reference)
        #expect(after.reference == .value(.vector([VectorSample(labels: [:], timestamp: 20_000, value: 33)])))
    }

    @Test func aLateSampleBetweenOlderOnesIsReadAgain() throws {
        var plan = QueryPlan(try Parser.parse(Self.expression))
        var storage = Self.store([1, 2, 3])
        _ = try Self.answers(&plan, at: 20_000, storage)
        storage.append(labels: ["__name__": "x"], timestamp: 5_000, value: 100)
        storage.append(labels: ["__name__": "x"], timestamp: 30_000, value: 4)
        let after = try Self.answers(&plan, at: 30_000, storage)
        #expect(after.plan == after.reference)
        #expect(after.reference == .value(.vector([VectorSample(labels: [:], timestamp: 30_000, value: 110)])))
    }

    @Test func samplesDroppedByRetentionLeaveTheWindow() throws {
        var plan = QueryPlan(try Parser.parse(Self.expression))
        var storage = Self.store([1, 2, 3, 4, 5])
        _ = try Self.answers(&plan, at: 40_000, storage)
        storage.dropSamples { _ in 25_000 }
        storage.append(labels: ["__name__": "x"], timestamp: 50_000, value: 6)
        let after = try Self.answers(&plan, at: 50_000, storage)
        #expect(after.plan == after.reference)
        #expect(after.reference == .value(.vector([VectorSample(labels: [:], timestamp: 50_000, value: 15)])))
    }

    @Test func samplesAfterTheWindowEndAreReadWhenTheWindowReachesThem() throws {
        // An offset leaves the newest samples outside the window; the next ticks must still pick them up.
        let expr = try Parser.parse("sum_over_time(x[1m] offset 15s)")
        var plan = QueryPlan(expr)
        var storage = Self.store([1, 2, 3, 4])
        for step in 4..<9 {
            let time = Int64(step - 1) * 10_000
            let reference = Outcome { () throws(EvaluationError) in
                try QueryEngine().evaluate(expr, at: time, storage: storage)
            }
            let actual = Outcome { () throws(EvaluationError) in try plan.evaluate(at: time, storage: storage) }
            #expect(actual == reference, "at \(time)")
            storage.append(labels: ["__name__": "x"], timestamp: Int64(step) * 10_000, value: Double(step + 1))
        }
    }

    /// `rate`, `increase` and `delta` skip the scan for counter resets when the window knows it has no drop. Drops
    /// enter and leave the window here tick by tick, at its first point, its last and inside, with a negative
    /// first point, a -0 change, a NaN and a stale marker, and every tick's answer must match the reference
    /// evaluator's.
    @Test(arguments: ["rate", "increase", "delta"])
    func dropsEnteringAndLeavingTheWindowGiveTheReferenceAnswer(function: String) throws {
        let expr = try Parser.parse("\(function)(x[30s])")
        var plan = QueryPlan(expr)
        #expect(plan.isIncremental)
        let values: [Double] = [
            5, 6, 7, 1, 2, 3, 4, 4, 0, 9, -3, -2, -0.0, 0, -1, .nan, 3, 2, StaleMarker.value, 8, 9, 10, 11, 12, 1,
        ]
        var storage = InMemoryStorage()
        for (step, value) in values.enumerated() {
            let time = Int64(step) * 10_000
            storage.append(labels: ["__name__": "x"], timestamp: time, value: value)
            let reference = Outcome { () throws(EvaluationError) in
                try QueryEngine().evaluate(expr, at: time, storage: storage)
            }
            let actual = Outcome { () throws(EvaluationError) in try plan.evaluate(at: time, storage: storage) }
            #expect(actual == reference, "at \(time)")
        }
    }

    /// A window moving forward a sample at a time keeps its region of the pool's buffer: the points left behind
    /// are shifted out when it is full, rather than the window moving to a larger region.
    @Test func aWindowMovingForwardKeepsItsRegion() {
        var storage = InMemoryStorage()
        let series = storage.reference(for: ["__name__": "x"]).series
        for step in 0..<7 { storage.append(labels: ["__name__": "x"], timestamp: Int64(step) * 10_000, value: 1) }
        var pool = WindowPool()
        let window = pool.window(series: series, range: 60_000, offset: 0)
        _ = pool.points(of: window, in: storage, series: series, from: 0, through: 60_000)
        let size = pool.bufferSize
        for step in 7..<500 {
            let time = Int64(step) * 10_000
            storage.append(labels: ["__name__": "x"], timestamp: time, value: Double(step))
            let points = pool.points(of: window, in: storage, series: series, from: time - 60_000, through: time)
            #expect(points.map(\.timestamp) == (step - 6...step).map { Int64($0) * 10_000 }, "at \(time)")
            #expect(pool.bufferSize == size, "at \(time)")
        }
    }

    /// Windows that outgrow their regions move to larger ones at the end of the pool's buffer, and once most of the
    /// buffer is regions left behind, it is laid out afresh: each window must keep its points through both.
    @Test func windowsOutgrowingTheirRegionsKeepTheirPoints() {
        var storage = InMemoryStorage()
        let names = (0..<300).map { "s\($0)" }
        let series = names.map { storage.reference(for: ["__name__": "x", "s": $0]).series }
        var pool = WindowPool()
        let windows = series.map { pool.window(series: $0, range: 10_000_000, offset: 0) }
        for step in 0..<60 {
            let time = Int64(step) * 10_000
            for (index, name) in names.enumerated() {
                storage.append(labels: ["__name__": "x", "s": name], timestamp: time, value: Double(index * step))
            }
            for (index, window) in windows.enumerated() {
                let points = pool.points(
                    of: window, in: storage, series: series[index], from: time - 10_000_000, through: time)
                #expect(points.map(\.value) == (0...step).map { Double(index * $0) }, "series \(index) at \(time)")
            }
        }
        // Every window grew many times; without laying the buffer out afresh, it would hold every region left behind.
        #expect(pool.bufferSize < 300 * 60 * 3)
    }

    /// A window that fills up from an empty store is given room for its whole range once its points show their
    /// spacing, instead of moving to a larger region again and again on its way to full.
    @Test func aWindowFillingUpGetsRoomForItsWholeRangeEarly() {
        var storage = InMemoryStorage()
        let series = storage.reference(for: ["__name__": "x"]).series
        var pool = WindowPool()
        let window = pool.window(series: series, range: 600_000, offset: 0)
        var sizes: [Int] = []
        for step in 0..<200 {
            let time = Int64(step) * 10_000
            storage.append(labels: ["__name__": "x"], timestamp: time, value: Double(step))
            let points = pool.points(of: window, in: storage, series: series, from: time - 600_000, through: time)
            #expect(points.count == min(step + 1, 61), "at \(time)")
            sizes.append(pool.bufferSize)
        }
        // A region for the first point, then one for the whole range: 61 points and an eighth more.
        #expect(Set(sizes).count == 2)
        #expect(sizes.last! - sizes.first! >= 61)
    }
}
