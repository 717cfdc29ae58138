import Testing

@testable import GovernorQuery

/// The plan against the reference evaluator: for seeded random rules over seeded random histories, tick after
/// tick with new samples and new series in between, every result must be bit for bit the same, or both must fail
/// with the same message.
@Suite struct QueryPlanDifferentialTests {
    static let caseCount = 10_000

    @Test func planMatchesTheReferenceEvaluatorOnRandomRulesAndHistories() throws {
        var random = SeededGenerator(seed: 13)
        var compared = 0
        var planned = 0
        for caseIndex in 0..<Self.caseCount {
            var rules = RandomRuleGenerator(random: SeededGenerator(seed: random.next()))
            var history = RandomHistory(random: SeededGenerator(seed: random.next()))
            let text = rules.expression()
            guard let expr = try? Parser.parse(text) else { continue }
            let engine = QueryEngine()
            var plan = QueryPlan(expr, engine: engine)
            if plan.isIncremental { planned += 1 }
            var storage = InMemoryStorage()
            var step = 0
            for tick in 0..<6 {
                let steps = tick == 0 ? Int.random(in: 4...24, using: &random) : Int.random(in: 0...3, using: &random)
                for _ in 0..<steps {
                    history.scrape(step: step, into: &storage)
                    step += 1
                }
                // Mostly forward in time, sometimes the same time again or back.
                let back = Int.random(in: 0..<10, using: &random) == 0 ? Int.random(in: 1...6, using: &random) : 0
                let time = Int64(max(0, step - 1 - back)) * RandomHistory.interval
                let expected = Outcome { () throws(EvaluationError) in
                    try engine.evaluate(expr, at: time, storage: storage)
                }
                let actual = Outcome { () throws(EvaluationError) in try plan.evaluate(at: time, storage: storage) }
                #expect(actual == expected, "case \(caseIndex), tick \(tick) at \(time): \(text)")
                if actual != expected { return }
                compared += 1
            }
        }
        #expect(compared >= Self.caseCount * 5)
        // Most random rules must run on the plan, or the test would mostly compare the reference with itself.
        #expect(planned * 2 > Self.caseCount, "only \(planned) of \(Self.caseCount) rules were planned")
    }
}

/// A value or an error message, compared bit for bit (NaN equals NaN, 0 differs from -0).
enum Outcome: Equatable, CustomStringConvertible {
    case value(Value)
    case error(String)

    init(_ body: () throws(EvaluationError) -> Value) {
        do { self = .value(try body()) } catch { self = .error(error.message) }
    }

    static func == (lhs: Outcome, rhs: Outcome) -> Bool {
        switch (lhs, rhs) {
        case (.error(let left), .error(let right)): return left == right
        case (.value(.vector(let left)), .value(.vector(let right))):
            return left.count == right.count
                && zip(left, right).allSatisfy {
                    $0.labels == $1.labels && $0.timestamp == $1.timestamp
                        && $0.value.bitPattern == $1.value.bitPattern
                }
        case (.value(.scalar(let left, let leftTime)), .value(.scalar(let right, let rightTime))):
            return left.bitPattern == right.bitPattern && leftTime == rightTime
        case (.value(let left), .value(let right)): return left == right
        default: return false
        }
    }

    var description: String {
        switch self {
        case .error(let message): "error: \(message)"
        case .value(.vector(let vector)):
            vector.map { "\($0.labels) \($0.value)" }.joined(separator: ", ")
        case .value(let value): "\(value)"
        }
    }
}
