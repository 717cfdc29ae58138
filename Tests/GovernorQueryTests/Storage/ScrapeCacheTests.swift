import Testing

@testable import GovernorQuery

/// Appending through a `ScrapeCache` must leave the store exactly as appending sample by sample does, whatever the
/// batches do between calls, and even when the cache is used with a store it did not fill.
@Suite struct ScrapeCacheTests {
    static func sample(_ name: String, _ instance: String, _ time: Timestamp, _ value: Double) -> VectorSample {
        VectorSample(labels: ["__name__": name, "instance": instance], timestamp: time, value: value)
    }

    /// Every series' labels and points, in series order.
    static func contents(_ storage: InMemoryStorage) -> [RangeSeries] {
        storage.select([try! LabelMatcher(name: "__name__", type: .regexMatch, value: ".+")], start: .min, end: .max)
    }

    static func appendedOneByOne(_ batches: [[VectorSample]]) -> InMemoryStorage {
        var storage = InMemoryStorage()
        for sample in batches.joined() {
            storage.append(labels: sample.labels, timestamp: sample.timestamp, value: sample.value)
        }
        return storage
    }

    @Test func batchesThatChangeLeaveTheStoreAsPlainAppendsDo() {
        let batches = [
            [Self.sample("up", "a", 0, 1), Self.sample("up", "b", 0, 1)],
            [Self.sample("up", "a", 15, 2), Self.sample("up", "b", 15, 2)],
            // A series is gone, a new one took its place, and one more follows.
            [Self.sample("up", "a", 30, 3), Self.sample("up", "c", 30, 3), Self.sample("up", "d", 30, 3)],
            // Reordered and shorter.
            [Self.sample("up", "d", 45, 4), Self.sample("up", "a", 45, 4)],
            [],
            [Self.sample("up", "d", 60, 5), Self.sample("up", "a", 60, 5)],
        ]
        var storage = InMemoryStorage()
        var cache = ScrapeCache()
        var previous: [[String]?] = []
        for batch in batches { previous.append(cache.append(batch, to: &storage)?.map { $0["instance"] ?? "" }) }
        #expect(Self.contents(storage) == Self.contents(Self.appendedOneByOne(batches)))
        #expect(storage.sampleCount == batches.joined().count)
        #expect(previous == [[], nil, ["a", "b"], ["a", "c", "d"], ["d", "a"], []])
    }

    @Test func aCacheUsedWithAnotherStoreAppendsToTheRightSeries() {
        var first = InMemoryStorage()
        var cache = ScrapeCache()
        cache.append([Self.sample("up", "a", 0, 1), Self.sample("up", "b", 0, 1)], to: &first)
        // The same labels, but created in the other order: the cached references point at the wrong series here.
        var second = InMemoryStorage()
        second.append(labels: ["__name__": "up", "instance": "b"], timestamp: 0, value: 7)
        second.append(labels: ["__name__": "up", "instance": "a"], timestamp: 0, value: 7)
        let batch = [Self.sample("up", "a", 15, 2), Self.sample("up", "b", 15, 3)]
        cache.append(batch, to: &second)
        var expected = InMemoryStorage()
        expected.append(labels: ["__name__": "up", "instance": "b"], timestamp: 0, value: 7)
        expected.append(labels: ["__name__": "up", "instance": "a"], timestamp: 0, value: 7)
        for sample in batch { expected.append(labels: sample.labels, timestamp: sample.timestamp, value: sample.value) }
        #expect(Self.contents(second) == Self.contents(expected))
    }

    @Test func aSeriesListedTwiceInOneBatchKeepsTheLastValue() {
        let batch = [Self.sample("up", "a", 0, 1), Self.sample("up", "a", 0, 2)]
        var storage = InMemoryStorage()
        var cache = ScrapeCache()
        cache.append(batch, to: &storage)
        cache.append(batch, to: &storage)
        #expect(Self.contents(storage) == Self.contents(Self.appendedOneByOne([batch, batch])))
        #expect(storage.sampleCount == 1)
    }
}
