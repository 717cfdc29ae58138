import GovernorQuery
import Testing

@Suite struct InMemoryStorageRetentionTests {
    @Test func dropsOnlySamplesOlderThanEachSeriesCutoff() throws {
        var storage = InMemoryStorage()
        let short: Labels = ["__name__": "short"]
        let long: Labels = ["__name__": "long"]
        for timestamp: Timestamp in stride(from: 0, through: 50, by: 10) {
            storage.append(labels: short, timestamp: timestamp, value: 1)
            storage.append(labels: long, timestamp: timestamp, value: 1)
        }
        storage.dropSamples { $0 == short ? 40 : 10 }
        let everything = storage.select([], start: .min, end: .max)
        let kept = Dictionary(uniqueKeysWithValues: everything.map { ($0.labels, $0.points.map(\.timestamp)) })
        #expect(kept[short] == [40, 50])
        #expect(kept[long] == [10, 20, 30, 40, 50])
        #expect(storage.sampleCount == 7)
        #expect(storage.seriesCount == 2)
    }

    @Test func aSeriesWithNothingLeftIsNotSelected() {
        var storage = InMemoryStorage()
        storage.append(labels: ["__name__": "gone"], timestamp: 5, value: 1)
        storage.dropSamples { _ in 100 }
        #expect(storage.select([], start: .min, end: .max).isEmpty)
        #expect(storage.sampleCount == 0)
    }
}
