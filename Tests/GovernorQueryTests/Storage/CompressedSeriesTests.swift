import Testing

@testable import GovernorQuery

@Suite struct CompressedSeriesTests {
    private func series(_ timestamps: [Timestamp]) -> CompressedSeries {
        var series = CompressedSeries()
        for timestamp in timestamps { _ = series.insert(timestamp: timestamp, value: Double(timestamp)) }
        return series
    }

    private func times(_ series: CompressedSeries, _ start: Timestamp, _ end: Timestamp) -> [Timestamp] {
        var points: [FloatPoint] = []
        series.appendPoints(from: start, through: end, to: &points, skippingStale: false)
        return points.map(\.timestamp)
    }

    @Test func windowIncludesBothExactBoundaries() {
        let series = series([0, 15, 30, 45, 60])
        #expect(times(series, 15, 45) == [15, 30, 45])
        #expect(times(series, 14, 46) == [15, 30, 45])
        #expect(times(series, 16, 44) == [30])
        #expect(times(series, 60, 60) == [60])
        #expect(times(series, 0, 0) == [0])
        #expect(series.lastSample(from: 0, through: 44)?.timestamp == 30)
        #expect(series.lastSample(from: 0, through: 100)?.timestamp == 60)
        #expect(series.lastSample(from: 16, through: 29) == nil)
    }

    @Test func windowOutsideTheSamplesIsEmpty() {
        let series = series([0, 15, 30])
        #expect(times(series, 31, 100).isEmpty)
        #expect(times(series, -100, -1).isEmpty)
        #expect(times(series, 16, 29).isEmpty)
        #expect(times(series, 30, 0).isEmpty)
        #expect(times(CompressedSeries(), .min, .max).isEmpty)
    }

    @Test func windowAcceptsTheExtremesOfTime() {
        let series = series([.min, 0, .max])
        #expect(times(series, .min, .max) == [.min, 0, .max])
        #expect(times(series, .max, .max) == [.max])
    }

    @Test func insertReportsWhetherASampleWasAdded() {
        var series = CompressedSeries()
        let addedFirst = series.insert(timestamp: 10, value: 1)
        let addedEarlier = series.insert(timestamp: 5, value: 2)
        let addedDuplicate = series.insert(timestamp: 10, value: 3)
        #expect(addedFirst)
        #expect(addedEarlier)
        #expect(!addedDuplicate)
        var points: [FloatPoint] = []
        series.appendPoints(from: .min, through: .max, to: &points, skippingStale: false)
        #expect(points == [FloatPoint(timestamp: 5, value: 2), FloatPoint(timestamp: 10, value: 3)])
    }

    @Test func aRegularCounterTakesUnderFourBytesASample() {
        var series = CompressedSeries()
        for step in 0..<1_000 { _ = series.insert(timestamp: Timestamp(step) * 15_000, value: Double(step * 37)) }
        #expect(series.estimatedBytes < 4 * 1_000)
    }

    /// Random appends (in and out of order, replacements, stale markers, NaNs, far-apart times) and drops, checked
    /// sample for sample, bit for bit, against sorted arrays.
    @Test(arguments: [UInt64(1), 2, 3, 4, 5, 6, 7, 8])
    func agreesWithAPlainSortedArray(seed: UInt64) {
        var random = SeededGenerator(seed: seed)
        var series = CompressedSeries()
        var model: [Timestamp: UInt64] = [:]
        var time: Timestamp = Timestamp.random(in: -1_000_000...1_000_000, using: &random)
        var value = 0.0
        for _ in 0..<600 {
            let roll = Int.random(in: 0..<100, using: &random)
            let timestamp: Timestamp
            switch roll {
            case 0..<70:
                let steps: [Timestamp] = [15_000, 15_000, 15_000, 14_999, 15_001, 1, 60_000, 10_000_000]
                time += steps[Int.random(in: 0..<steps.count, using: &random)]
                timestamp = time
            case 70..<80:
                timestamp = time - Timestamp.random(in: 0...200_000, using: &random)
            case 80..<83:
                timestamp = [Timestamp.min, .max, 0][Int.random(in: 0..<3, using: &random)]
            case 83..<88:
                let cutoff = time - Timestamp.random(in: 0...400_000, using: &random)
                let removed = series.removeSamples(before: cutoff)
                let before = model.count
                model = model.filter { $0.key >= cutoff }
                #expect(removed == before - model.count)
                continue
            default:
                timestamp = model.keys.randomElement(using: &random) ?? time
            }
            let bits: UInt64
            switch Int.random(in: 0..<10, using: &random) {
            case 0: bits = StaleMarker.bitPattern
            case 1: bits = Double.nan.bitPattern | UInt64.random(in: 0...0xffff, using: &random)
            case 2: bits = random.next()
            default:
                value += Double(Int.random(in: 0...5, using: &random))
                bits = value.bitPattern
            }
            let added = series.insert(timestamp: timestamp, value: Double(bitPattern: bits))
            #expect(added == (model[timestamp] == nil))
            model[timestamp] = bits
            #expect(Int(series.count) == model.count)
        }
        let expected = model.sorted { $0.key < $1.key }
        var actual: [(Timestamp, UInt64)] = []
        series.forEachSample(from: .min, through: .max) { actual.append(($0, $1)) }
        #expect(actual.map(\.0) == expected.map(\.key))
        #expect(actual.map(\.1) == expected.map(\.value))
        for _ in 0..<200 {
            let start = expected.randomElement(using: &random)?.key ?? 0
            let end = start &+ Timestamp.random(in: -1_000...400_000, using: &random)
            let inWindow = expected.filter { $0.key >= start && $0.key <= end }
            #expect(times(series, start, end) == inWindow.map(\.key))
            #expect(series.lastSample(from: start, through: end)?.value.bitPattern == inWindow.last?.value)
        }
    }
}
