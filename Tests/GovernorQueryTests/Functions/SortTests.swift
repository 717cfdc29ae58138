import Testing

@testable import GovernorQuery

/// The `eval_ordered` cases of the 2.42 conformance corpus, with the storage's label order as input order.
@Suite struct SortTests {
    private let input: InstantVector = [
        sample(["group": "canary", "instance": "0", "job": "api-server"], 300),
        sample(["group": "canary", "instance": "0", "job": "app-server"], 700),
        sample(["group": "canary", "instance": "1", "job": "api-server"], 400),
        sample(["group": "canary", "instance": "1", "job": "app-server"], 800),
        sample(["group": "canary", "instance": "2", "job": "api-server"], .nan),
        sample(["group": "production", "instance": "0", "job": "api-server"], 100),
        sample(["group": "production", "instance": "0", "job": "app-server"], 500),
        sample(["group": "production", "instance": "1", "job": "api-server"], 200),
        sample(["group": "production", "instance": "1", "job": "app-server"], 600),
    ]

    private func sortedValues(_ name: String, _ vector: InstantVector) throws -> [Double] {
        vectorSamples(try callInstant(name, [.vector(vector)])).map(\.value)
    }

    @Test func ascendingWithNaNLast() throws {
        let values = try sortedValues("sort", input)
        #expect(Array(values.dropLast()) == [100, 200, 300, 400, 500, 600, 700, 800])
        #expect(values.last?.isNaN == true)
    }

    @Test func descendingWithNaNLast() throws {
        let values = try sortedValues("sort_desc", input)
        #expect(Array(values.dropLast()) == [800, 700, 600, 500, 400, 300, 200, 100])
        #expect(values.last?.isNaN == true)
    }

    @Test func tiesKeepInputOrderAndNaNsReverseAsGoDoes() throws {
        let ties = [sample(["i": "1"], 1), sample(["i": "2"], .nan), sample(["i": "3"], 1), sample(["i": "4"], .nan)]
        let labels = vectorSamples(try callInstant("sort", [.vector(ties)])).map { $0.labels["i"] ?? "" }
        #expect(labels == ["1", "3", "4", "2"])
    }

    @Test func largeVectorsSortToo() throws {
        let many = (0..<40).map { sample(["i": "\($0)"], Double(($0 * 7) % 40)) } + [sample(["i": "nan"], .nan)]
        let values = try sortedValues("sort_desc", many)
        #expect(Array(values.dropLast()) == (0..<40).reversed().map(Double.init))
        #expect(values.last?.isNaN == true)
    }

    @Test func keepsTheMetricName() throws {
        let result = try callInstant("sort", [.vector([sample(["__name__": "m"], 1)])])
        #expect(vectorSamples(result).first?.labels.metricName == "m")
    }
}
