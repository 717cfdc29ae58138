import Testing

@testable import GovernorQuery

/// A group plan against the reference evaluator: groups of seeded random rules compiled into one program, so
/// that their identical sub-expressions are nodes they share, evaluated one after another at every tick over a
/// seeded random history. Every rule's result must be bit for bit the reference evaluator's.
@Suite struct GroupQueryPlanDifferentialTests {
    static let groupCount = 1_500
    static let rulesPerGroup = 8

    @Test func sharedSubexpressionsGiveTheReferenceEvaluatorsResults() throws {
        var random = SeededGenerator(seed: 29)
        var compared = 0
        var sharedNodes = 0
        for groupIndex in 0..<Self.groupCount {
            var rules = RandomRuleGenerator(random: SeededGenerator(seed: random.next()))
            var history = RandomHistory(random: SeededGenerator(seed: random.next()))
            // A few random expressions, and rules made of them alone or combined, so that rules share them.
            let bases = (0..<3).map { _ in rules.expression(depth: Int.random(in: 1...2, using: &random)) }
            let texts = (0..<Self.rulesPerGroup).map { _ in
                let left = bases.randomElement(using: &random)!
                let right = bases.randomElement(using: &random)!
                switch Int.random(in: 0..<5, using: &random) {
                case 0: return left
                case 1: return "(\(left)) > 0.5"
                case 2: return "(\(left)) and (\(right))"
                case 3: return "(\(left)) unless (\(right))"
                default: return "sum((\(left)) + (\(right)))"
                }
            }
            let exprs = texts.compactMap { try? Parser.parse($0) }
            let engine = QueryEngine()
            var plan = GroupQueryPlan(exprs, writtenNames: [], engine: engine)
            let alone = exprs.reduce(0) { $0 + GroupQueryPlan([$1], writtenNames: [], engine: engine).nodeCount }
            sharedNodes += alone - plan.nodeCount
            var storage = InMemoryStorage()
            var step = 0
            for tick in 0..<4 {
                let steps = tick == 0 ? Int.random(in: 4...24, using: &random) : Int.random(in: 0...3, using: &random)
                for _ in 0..<steps {
                    history.scrape(step: step, into: &storage)
                    step += 1
                }
                let time = Int64(max(0, step - 1)) * RandomHistory.interval
                plan.beginTick()
                for (index, expr) in exprs.enumerated() {
                    let expected = Outcome { () throws(EvaluationError) in
                        try engine.evaluate(expr, at: time, storage: storage)
                    }
                    let actual = Outcome { () throws(EvaluationError) in
                        try plan.evaluate(index, at: time, storage: storage)
                    }
                    #expect(actual == expected, "group \(groupIndex), tick \(tick), rule \(index): \(expr)")
                    if actual != expected { return }
                    compared += 1
                }
            }
        }
        #expect(compared >= Self.groupCount * Self.rulesPerGroup * 3)
        // The groups must actually share nodes, or this would only repeat the single-expression test.
        #expect(sharedNodes > Self.groupCount, "only \(sharedNodes) nodes were shared")
    }

    @Test func aSubexpressionReadingAWrittenNameIsNotShared() throws {
        let exprs = try ["sum(rate(x[5m]))", "sum(rate(x[5m])) > 1", "sum(rate(y[5m]))", "sum(rate(y[5m])) > 1"].map {
            try Parser.parse($0)
        }
        let alone = exprs.reduce(0) { $0 + GroupQueryPlan([$1], writtenNames: [], engine: QueryEngine()).nodeCount }
        // x is shared (rate and sum once for both rules); y is written by the group, so each rule has its own.
        let plan = GroupQueryPlan(exprs, writtenNames: ["y"])
        #expect(plan.nodeCount == alone - 2)
    }
}
