import Testing

@testable import GovernorQuery

/// Range calls of one group that read the same series over the same range share its window, and a `rate` worked
/// out once in a tick. Each case checks the plan against the reference evaluator where sharing is easy to get
/// wrong: another function over the same window, and a series the group writes between two of its rules.
@Suite struct WindowPoolTests {
    /// `x{code}` every 10s for a minute, each code's counter rising at its own pace, with a reset in code 503.
    static func store() -> InMemoryStorage {
        var storage = InMemoryStorage()
        for (code, pace) in [("200", 3.0), ("500", 1.0), ("503", 2.0)] {
            for step in 0...6 {
                let value = code == "503" && step >= 4 ? Double(step - 4) : Double(step) * pace
                storage.append(
                    labels: ["__name__": "x", "code": code], timestamp: Int64(step) * 10_000, value: value)
            }
        }
        return storage
    }

    /// Evaluates every rule at `time` in order, after `beforeRule` has had its say, and expects the reference
    /// evaluator's answer for each.
    static func expectReferenceAnswers(
        _ plan: inout GroupQueryPlan, at time: Timestamp, _ storage: inout InMemoryStorage,
        beforeRule: (Int, inout InMemoryStorage) -> Void = { _, _ in }
    ) {
        plan.beginTick()
        for (index, expr) in plan.exprs.enumerated() {
            beforeRule(index, &storage)
            let reference = Outcome { [storage] () throws(EvaluationError) in
                try QueryEngine().evaluate(expr, at: time, storage: storage)
            }
            let actual = Outcome { [storage] () throws(EvaluationError) in
                try plan.evaluate(index, at: time, storage: storage)
            }
            #expect(actual == reference, "rule \(index): \(expr)")
        }
    }

    @Test func anErrorRatioMovesOneWindowPerSeries() throws {
        let exprs = try [
            #"sum(rate(x{code=~"5.."}[1m])) / sum(rate(x[1m]))"#, #"sum(rate(x{code=~"5.."}[1m])) > 0"#,
        ].map { try Parser.parse($0) }
        var plan = GroupQueryPlan(exprs, writtenNames: [])
        var storage = Self.store()
        for time in stride(from: Int64(30_000), through: 60_000, by: 10_000) {
            Self.expectReferenceAnswers(&plan, at: time, &storage)
        }
        // Three series, one range: three windows, though the range calls read five series between them.
        #expect(plan.windowCount == 3)
    }

    @Test func anotherFunctionOverTheSameWindowWorksOutItsOwnAnswer() throws {
        let exprs = try ["rate(x[1m])", "increase(x[1m])", "delta(x[1m])", "max_over_time(x[1m])", "rate(x[1m])"]
            .map { try Parser.parse($0) }
        var plan = GroupQueryPlan(exprs, writtenNames: [])
        var storage = Self.store()
        for time in stride(from: Int64(30_000), through: 60_000, by: 10_000) {
            Self.expectReferenceAnswers(&plan, at: time, &storage)
        }
        #expect(plan.windowCount == 3)
    }

    @Test func aSeriesTheGroupWritesIsReadAgainAfterTheWrite() throws {
        // A recording rule's output read by two rules, with a sample of it written between them, as a group writes
        // a rule's output before the next rule runs: the second rule must see the new sample.
        let exprs = try ["rate(x[1m])", "rate(x[1m])"].map { try Parser.parse($0) }
        var plan = GroupQueryPlan(exprs, writtenNames: ["x"])
        var storage = Self.store()
        Self.expectReferenceAnswers(&plan, at: 60_000, &storage)
        Self.expectReferenceAnswers(&plan, at: 70_000, &storage) { index, storage in
            guard index == 1 else { return }
            storage.append(labels: ["__name__": "x", "code": "200"], timestamp: 70_000, value: 100)
        }
        #expect(plan.windowCount == 3)
    }
}
