import GovernorQuery

/// Runs a `promql_expr_test` after the rules ran and compares its samples with the expectation, in
/// promtool's words.
struct ExpressionCheck {
    let test: ExpressionTest
    let engine: QueryEngine

    func failure(storage: InMemoryStorage) -> UnitTestFailure? {
        let got: [ExpectedSample]
        switch Self.samples(of: test.expression, at: test.evalTime, engine: engine, storage: storage) {
        case .success(let samples): got = samples
        case .failure(let error): return failure(error: error.message)
        }
        let expected: [ExpectedSample]
        switch test.expectedSamples {
        case .success(let samples): expected = samples
        case .failure(let error): return failure(error: error.message)
        }
        let sortedExpected = expected.sorted { $0.labels < $1.labels }
        let sortedGot = got.sorted { $0.labels < $1.labels }
        // Exact equality, as promtool's reflect.DeepEqual: NaN never matches, 0 matches -0.
        let equal =
            sortedExpected.count == sortedGot.count
            && zip(sortedExpected, sortedGot).allSatisfy { $0.labels == $1.labels && $0.value == $1.value }
        guard !equal else { return nil }
        let message =
            "    expr: \(PromtoolText.quoted(test.expression)), time: \(time),\n"
            + "        exp: \(Self.text(sortedExpected))\n        got: \(Self.text(sortedGot))"
        return UnitTestFailure(kind: .expression, subject: test.expression, time: test.evalTime, message: message)
    }

    /// The expression's result as samples: a vector as it is, a scalar as one sample without labels.
    static func samples(of expression: String, at time: Int64, engine: QueryEngine, storage: InMemoryStorage)
        -> Result<[ExpectedSample], ExpectationError>
    {
        do {
            switch try engine.query(expression, at: time, storage: storage) {
            case .vector(let vector):
                return .success(vector.map { ExpectedSample(labels: $0.labels, value: $0.value) })
            case .scalar(let value, _):
                return .success([ExpectedSample(labels: Labels(), value: value)])
            default:
                return .failure(ExpectationError("rule result is not a vector or scalar"))
            }
        } catch {
            switch error {
            case .parse(let parse): return .failure(ExpectationError(parse.description))
            case .evaluation(let evaluation): return .failure(ExpectationError(evaluation.message))
            }
        }
    }

    private var time: String { PromtoolText.modelDuration(test.evalTime) }

    private func failure(error: String) -> UnitTestFailure {
        UnitTestFailure(
            kind: .expression, subject: test.expression, time: test.evalTime,
            message: "    expr: \(PromtoolText.quoted(test.expression)), time: \(time), err: \(error)")
    }

    /// promtool's `parsedSamplesString`.
    private static func text(_ samples: [ExpectedSample]) -> String {
        guard !samples.isEmpty else { return "nil" }
        return samples.map { PromtoolText.labels($0.labels) + " " + PromtoolText.exponent($0.value) }
            .joined(separator: ", ")
    }
}
