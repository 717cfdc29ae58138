import GovernorQuery
import Testing

/// The postings-based select must agree with the obvious definition: a series is selected when every
/// matcher accepts its value for the label, the empty string standing in for a missing label.
@Suite struct InMemoryStorageMatchingTests {
    private static let labelNames = ["a", "b", "c", "d"]
    private static let labelValues = ["x", "y", "z", "xy", "foo", "bar"]
    /// Patterns chosen to cover matching the empty string, matching everything, and alternations.
    private static let regexes = ["x", "x|", ".+", ".*", "x|y", "x.*", "f.o|z", "", "[a-z]{2,}", "b.*|"]

    private struct StoredSeries {
        var labels: Labels
        var timestamps: [Timestamp]
    }

    @Test(arguments: [UInt64(1), 2, 3, 4, 5])
    func selectAgreesWithNaiveFilter(seed: UInt64) throws {
        var random = SeededGenerator(seed: seed)
        var storage = InMemoryStorage()
        var stored: [StoredSeries] = []
        for seriesIndex in 0..<300 {
            var dictionary = ["__name__": seriesIndex.isMultiple(of: 3) ? "up" : "requests"]
            for name in Self.labelNames where Bool.random(using: &random) {
                dictionary[name] = Self.labelValues.randomElement(using: &random)!
            }
            let labels = Labels(dictionary)
            if stored.contains(where: { $0.labels == labels }) { continue }
            let timestamps = (0..<Int.random(in: 0...4, using: &random)).map { _ in
                Timestamp.random(in: 0...100, using: &random) * 1000
            }
            for timestamp in timestamps { storage.append(labels: labels, timestamp: timestamp, value: 1) }
            stored.append(StoredSeries(labels: labels, timestamps: Array(Set(timestamps)).sorted()))
        }

        var nonEmptySelections = 0
        for _ in 0..<400 {
            let matchers = try (0..<Int.random(in: 1...3, using: &random)).map { _ in
                try randomMatcher(using: &random)
            }
            let start = Timestamp.random(in: 0...100, using: &random) * 1000
            let end = start + Timestamp.random(in: 0...60, using: &random) * 1000
            let expected = stored.compactMap { series -> RangeSeries? in
                guard matchers.allSatisfy({ $0.matches(series.labels[$0.name] ?? "") }) else { return nil }
                let points = series.timestamps.filter { $0 >= start && $0 <= end }
                    .map { FloatPoint(timestamp: $0, value: 1) }
                return points.isEmpty ? nil : RangeSeries(labels: series.labels, points: points)
            }
            let actual = storage.select(matchers, start: start, end: end)
            #expect(actual == expected, "matchers \(matchers) window [\(start), \(end)]")
            if !expected.isEmpty { nonEmptySelections += 1 }
        }
        // Guards the generator: a comparison of empty results against empty results proves nothing.
        #expect(nonEmptySelections > 100)
    }

    @Test func emptyMatchingMatchersAlsoSelectSeriesLackingTheLabel() throws {
        var storage = InMemoryStorage()
        storage.append(labels: ["__name__": "m", "a": "x"], timestamp: 0, value: 1)
        storage.append(labels: ["__name__": "m", "a": "y"], timestamp: 0, value: 2)
        storage.append(labels: ["__name__": "m"], timestamp: 0, value: 3)
        let name = try LabelMatcher(name: "__name__", type: .equal, value: "m")

        func selectedValues(_ type: MatchType, _ value: String) throws -> [Double] {
            let matcher = try LabelMatcher(name: "a", type: type, value: value)
            return storage.select([name, matcher], start: 0, end: 0).map { $0.points[0].value }
        }
        #expect(try selectedValues(.equal, "") == [3])
        #expect(try selectedValues(.regexNoMatch, ".+") == [3])
        #expect(try selectedValues(.regexMatch, "x|") == [1, 3])
        #expect(try selectedValues(.notEqual, "x") == [2, 3])
        #expect(try selectedValues(.notEqual, "") == [1, 2])
        #expect(try selectedValues(.regexMatch, ".+") == [1, 2])
        #expect(try selectedValues(.regexMatch, ".*") == [1, 2, 3])
    }

    @Test func matcherOnUnknownLabelOrValueSelectsNothingOrEverything() throws {
        var storage = InMemoryStorage()
        storage.append(labels: ["__name__": "m"], timestamp: 0, value: 1)
        let unknownValue = try LabelMatcher(name: "__name__", type: .equal, value: "never")
        let unknownName = try LabelMatcher(name: "nope", type: .regexMatch, value: "a.*")
        let absentIsEmpty = try LabelMatcher(name: "nope", type: .equal, value: "")
        #expect(storage.select([unknownValue], start: 0, end: 0).isEmpty)
        #expect(storage.select([unknownName], start: 0, end: 0).isEmpty)
        #expect(storage.select([absentIsEmpty], start: 0, end: 0).count == 1)
    }

    private func randomMatcher(using random: inout SeededGenerator) throws -> LabelMatcher {
        // "e" is a name no series carries.
        let name = (Self.labelNames + ["e", "__name__"]).randomElement(using: &random)!
        let type = [MatchType.equal, .notEqual, .regexMatch, .regexNoMatch].randomElement(using: &random)!
        let value: String
        switch type {
        case .equal, .notEqual:
            value = (Self.labelValues + ["", "up", "requests", "absent"]).randomElement(using: &random)!
        case .regexMatch, .regexNoMatch:
            value = (Self.regexes + ["up|requests", "re.*"]).randomElement(using: &random)!
        }
        return try LabelMatcher(name: name, type: type, value: value)
    }
}
