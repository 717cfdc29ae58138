import Testing

@testable import GovernorQuery

/// Cases from the 2.42 conformance corpus (promql/histograms.test), at 50m where every `0+Nx10` bucket is 10·N.
@Suite struct HistogramQuantileTests {
    private let testHistogram: InstantVector = [
        sample(["__name__": "testhistogram_bucket", "le": "0.1", "start": "positive"], 50),
        sample(["__name__": "testhistogram_bucket", "le": ".2", "start": "positive"], 70),
        sample(["__name__": "testhistogram_bucket", "le": "1e0", "start": "positive"], 110),
        sample(["__name__": "testhistogram_bucket", "le": "+Inf", "start": "positive"], 120),
        sample(["__name__": "testhistogram_bucket", "le": "-.2", "start": "negative"], 10),
        sample(["__name__": "testhistogram_bucket", "le": "-0.1", "start": "negative"], 20),
        sample(["__name__": "testhistogram_bucket", "le": "0.3", "start": "negative"], 20),
        sample(["__name__": "testhistogram_bucket", "le": "+Inf", "start": "negative"], 30),
    ]

    private func quantiles(_ q: Double, _ buckets: InstantVector) throws -> [String: Double] {
        samplesByLabels(try callInstant("histogram_quantile", [.scalar(q), .vector(buckets)], at: minutes(50)))
    }

    @Test(
        arguments: [
            (-0.1, -Double.infinity, -Double.infinity), (1.01, .infinity, .infinity), (1, 1, 0.3),
            (0.2, 0.048, -0.2), (0.5, 0.15, -0.15), (0.8, 0.72, 0.3),
        ] as [(Double, Double, Double)])
    func quantileOfEachHistogram(q: Double, positive: Double, negative: Double) throws {
        let result = try quantiles(q, testHistogram)
        #expect(result.count == 2)
        #expect(isClose(result[#"{start="positive"}"#], positive))
        #expect(isClose(result[#"{start="negative"}"#], negative))
    }

    @Test func nanQuantileIsNaN() throws {
        #expect(try quantiles(.nan, testHistogram).values.allSatisfy(\.isNaN))
    }

    @Test func lowestBucketStartsAtZeroUnlessItsBoundIsNotPositive() throws {
        let result = try quantiles(0, testHistogram)
        #expect(result[#"{start="positive"}"#] == 0)
        #expect(result[#"{start="negative"}"#] == -0.2)
    }

    @Test(arguments: [(1.0 / 6, 1.0), (0.5, 3), (5.0 / 6, 5)] as [(Double, Double)])
    func interpolatesLinearlyInsideABucket(q: Double, expected: Double) throws {
        let buckets: InstantVector = [
            sample(["le": "0"], 0), sample(["le": "2"], 1), sample(["le": "4"], 2), sample(["le": "6"], 3),
            sample(["le": "+Inf"], 3),
        ]
        #expect(isClose(try quantiles(q, buckets)["{}"], expected))
    }

    @Test(arguments: [(0.01, 0.0045), (0.5, 8.5), (0.99, 979.75)] as [(Double, Double)])
    func forcesMonotonicCounts(q: Double, expected: Double) throws {
        let counts: [(String, Double)] = [("0.1", 20), ("1", 10), ("10", 50), ("100", 40), ("1000", 90), ("+Inf", 80)]
        let buckets = counts.map { sample(["__name__": "nonmonotonic_bucket", "le": $0.0], $0.1) }
        #expect(isClose(try quantiles(q, buckets)["{}"], expected))
    }

    @Test(arguments: [(0.5, 0.15), (0.75, 0.2), (1, 0.2)] as [(Double, Double)])
    func coalescesEqualBoundsWrittenDifferently(q: Double, expected: Double) throws {
        let ins1: [(String, Double)] = [("0.1", 1), ("0.2", 1), ("2e-1", 1), ("2.0e-1", 1), ("+Inf", 4)]
        var buckets = ins1.map { sample(["instance": "ins1", "le": $0.0], $0.1 / 300) }
        buckets += [sample(["instance": "ins2", "le": "+inf"], 0), sample(["instance": "ins2", "le": "+Inf"], 0)]
        let result = try quantiles(q, buckets)
        #expect(isClose(result[#"{instance="ins1"}"#], expected))
        #expect(result[#"{instance="ins2"}"#]?.isNaN == true)
    }

    @Test func missingInfBucketOrNoObservationsIsNaN() throws {
        let noInf = [sample(["le": "1"], 1), sample(["le": "2"], 2)]
        #expect(try quantiles(0.5, noInf)["{}"]?.isNaN == true)
        let empty = [sample(["le": "0.1"], 0), sample(["le": "0.2"], 0), sample(["le": "+Inf"], 0)]
        #expect(try quantiles(0.2, empty)["{}"]?.isNaN == true)
    }

    @Test func samplesWithoutAParsableBoundAreSkipped() throws {
        let buckets = [sample(["le": "abc"], 5), sample(["a": "b"], 5), sample(["le": "1e400"], 5)]
        #expect(try quantiles(0.5, buckets).isEmpty)
    }

    @Test func sameLabelsUnderDifferentNamesFail() {
        let buckets: InstantVector = [
            sample(["__name__": "a_bucket", "job": "j", "le": "0.1"], 1),
            sample(["__name__": "a_bucket", "job": "j", "le": "+Inf"], 4),
            sample(["__name__": "b_bucket", "job": "j", "le": "0.1"], 1),
            sample(["__name__": "b_bucket", "job": "j", "le": "+Inf"], 4),
        ]
        #expect(throws: EvaluationError("vector cannot contain metrics with the same labelset")) {
            try quantiles(0.99, buckets)
        }
    }
}
