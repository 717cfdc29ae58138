import Testing

@testable import GovernorQuery

/// Whatever parses must evaluate to a value or an `EvaluationError`: never a crash, never a hang.
@Suite struct EvaluatorFuzzTests {
    /// Counters, a gauge with a stale marker and histogram buckets, one sample a minute for 20 minutes.
    private static let storage: InMemoryStorage = {
        var storage = InMemoryStorage()
        for minute in 0...20 {
            let time = Int64(minute) * 60_000
            for (job, rate) in [("api", 3.0), ("db", 1.0)] {
                storage.append(labels: ["__name__": "x", "job": job], timestamp: time, value: rate * Double(minute))
                for le in ["0.1", "1", "+Inf"] {
                    storage.append(
                        labels: ["__name__": "x_bucket", "job": job, "le": le], timestamp: time,
                        value: Double(minute) * (le == "0.1" ? 1 : le == "1" ? 2 : 3))
                }
            }
            let gauge = minute == 10 ? StaleMarker.value : Double(minute % 7) - 3
            storage.append(labels: ["__name__": "foo", "a": "b"], timestamp: time, value: gauge)
        }
        return storage
    }()

    /// Expressions aimed at the edges: times past the 64-bit range, enormous subqueries, odd parameters.
    static let hostile = [
        "x[5m] @ -9223372036854775", "x @ 9223372036854775", "max_over_time(x[1y:1ms])", "x offset -100y",
        "rate(x[5m:1m] @ 9223372036854775)", "topk(1e30, x)", "topk(NaN, x)", "quantile(-1, x)", "bottomk(-5, x)",
        "count_values(\"0bad\", x)", "label_replace(x, \"1x\", \"$1\", \"job\", \"(.*)\")", "x / on() x",
        "histogram_quantile(2, x_bucket)", "holt_winters(x[5m], 2, 0.5)", "round(x, 0)", "x ^ 1e308 * 1e308",
        "sum_over_time(x[20m:1s])", "absent_over_time(nope[1m:1s] offset -1h)", "predict_linear(x[5m], 1e308)",
        "{__name__=~\".*\"} + 1", "-{__name__=~\"x|foo\"}", "scalar(x) * vector(time())",
    ]

    @Test func randomAndHostileExpressionsNeverCrash() throws {
        var seeds = try ParserConformanceTests.corpusExpressions().map(\.expression)
        if seeds.isEmpty { seeds = ["sum by (job) (rate(x[5m] offset 1m))"] }
        var random = SplitMix64(state: 7)
        var inputs = Self.hostile
        for iteration in 0..<6_000 {
            inputs.append(
                iteration.isMultiple(of: 2)
                    ? ExpressionFuzzer.mutate(seeds.randomElement(using: &random)!, using: &random)
                    : ExpressionFuzzer.tokenSoup(using: &random))
        }
        let engine = QueryEngine(maximumSubquerySteps: 100_000)
        var evaluated = 0
        var failed = 0
        for input in inputs {
            guard let expr = try? Parser.parse(input) else { continue }
            for time: Int64 in [0, 600_000, 1_200_000] {
                do {
                    _ = try engine.evaluate(expr, at: time, storage: Self.storage)
                    evaluated += 1
                } catch {
                    #expect(!error.message.isEmpty, "input: \(input)")
                    failed += 1
                }
            }
        }
        #expect(evaluated > 1_000)
        #expect(failed > 0, "the hostile expressions must produce errors")
    }
}
