import GovernorQuery

/// Runs one of Governor's value assertions: its series must exist once and lie within the tolerance.
struct AssertionCheck {
    let assertion: ValueAssertion
    let engine: QueryEngine

    func failure(storage: InMemoryStorage) -> UnitTestFailure? {
        let head =
            "    \(assertion.title), time: \(PromtoolText.modelDuration(assertion.evalTime)), query: \(assertion.query)"
        let samples: [ExpectedSample]
        switch ExpressionCheck.samples(of: assertion.query, at: assertion.evalTime, engine: engine, storage: storage) {
        case .success(let found): samples = found
        case .failure(let error): return failure(head + ", err: " + error.message)
        }
        guard samples.count == 1, let value = samples.first?.value else {
            let found = samples.isEmpty ? "no series" : "\(samples.count) series, expected one"
            return failure(head + ", err: found \(found); is the policy that generates it in rule_files?")
        }
        guard !assertion.holds(for: value) else { return nil }
        var expected = assertion.describe(assertion.expected)
        if assertion.tolerance > 0 { expected += " ± " + GoFloatFormat.general(assertion.tolerance) }
        return failure(head + ",\n        exp: \(expected)\n        got: \(assertion.describe(value))")
    }

    private func failure(_ message: String) -> UnitTestFailure {
        UnitTestFailure(kind: .assertion, subject: assertion.title, time: assertion.evalTime, message: message)
    }
}
