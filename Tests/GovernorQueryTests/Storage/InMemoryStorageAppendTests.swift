import GovernorQuery
import Testing

@Suite struct InMemoryStorageAppendTests {
    private let series: Labels = ["__name__": "m", "job": "api"]

    private func allPoints(_ storage: InMemoryStorage) throws -> [FloatPoint] {
        let matcher = try LabelMatcher(name: "__name__", type: .equal, value: "m")
        return storage.select([matcher], start: .min, end: .max).first?.points ?? []
    }

    @Test func outOfOrderAppendsAreKeptInTimeOrder() throws {
        var storage = InMemoryStorage()
        for timestamp: Timestamp in [30, 10, 50, 20, 40, 0] {
            storage.append(labels: series, timestamp: timestamp, value: Double(timestamp))
        }
        let points = try allPoints(storage)
        #expect(points.map(\.timestamp) == [0, 10, 20, 30, 40, 50])
        #expect(points.map(\.value) == [0, 10, 20, 30, 40, 50])
        #expect(storage.sampleCount == 6)
    }

    @Test func duplicateTimestampReplacesTheValue() throws {
        var storage = InMemoryStorage()
        storage.append(labels: series, timestamp: 10, value: 1)
        storage.append(labels: series, timestamp: 20, value: 2)
        storage.append(labels: series, timestamp: 20, value: 3)
        storage.append(labels: series, timestamp: 10, value: 4)
        #expect(try allPoints(storage) == [FloatPoint(timestamp: 10, value: 4), FloatPoint(timestamp: 20, value: 3)])
        #expect(storage.sampleCount == 2)
        #expect(storage.seriesCount == 1)
    }

    @Test func staleMarkersKeepTheirBitPattern() throws {
        var storage = InMemoryStorage()
        storage.append(labels: series, timestamp: 0, value: 1)
        storage.append(labels: series, timestamp: 15, value: StaleMarker.value)
        let points = try allPoints(storage)
        #expect(points.count == 2)
        #expect(StaleMarker.isStale(points[1].value))
    }

    @Test func equalLabelSetsBuiltSeparatelyShareOneSeries() {
        var storage = InMemoryStorage()
        storage.append(labels: Labels(["job": "api", "__name__": "m"]), timestamp: 0, value: 1)
        storage.append(labels: ["__name__": "m", "job": "api"], timestamp: 1, value: 1)
        storage.append(labels: ["__name__": "m", "job": "web"], timestamp: 1, value: 1)
        #expect(storage.seriesCount == 2)
        #expect(storage.sampleCount == 3)
    }

    @Test func seriesAreReturnedInCreationOrderLikePrometheusHead() throws {
        var storage = InMemoryStorage()
        for job in ["c", "a", "b"] { storage.append(labels: ["__name__": "m", "job": job], timestamp: 0, value: 0) }
        let matcher = try LabelMatcher(name: "__name__", type: .equal, value: "m")
        #expect(storage.select([matcher], start: 0, end: 0).map { $0.labels["job"] } == ["c", "a", "b"])
    }

    @Test func copiesAreIndependent() throws {
        var original = InMemoryStorage()
        original.append(labels: series, timestamp: 0, value: 1)
        var copy = original
        copy.append(labels: series, timestamp: 0, value: 2)
        copy.append(labels: ["__name__": "other"], timestamp: 0, value: 3)
        #expect(try allPoints(original) == [FloatPoint(timestamp: 0, value: 1)])
        #expect(original.seriesCount == 1)
        #expect(copy.seriesCount == 2)
    }

    @Test func memoryFootprintGrowsWithSamples() {
        var storage = InMemoryStorage()
        let empty = storage.memoryFootprint
        for index in 0..<1000 {
            storage.append(labels: ["__name__": "m", "i": String(index)], timestamp: 0, value: 1)
        }
        let oneSampleEach = storage.memoryFootprint
        var random = SeededGenerator(seed: 7)
        for index in 0..<1000 {
            for timestamp: Timestamp in 1...32 {
                let value = Double(bitPattern: random.next() >> 2)
                storage.append(labels: ["__name__": "m", "i": String(index)], timestamp: timestamp, value: value)
            }
        }
        #expect(oneSampleEach > empty)
        // Values with random bits do not compress: each further sample costs at least their 7 bytes.
        #expect(storage.memoryFootprint - oneSampleEach >= 32_000 * 7)
    }
}
