import Foundation
import GovernorPromQLTest
import GovernorQuery
import Testing

/// The incremental plan on the whole Prometheus 2.42 corpus: each expression keeps one plan for its script, as a
/// rule does from tick to tick (loads in between grow the store; `clear` replaces it), and every eval case must
/// give bit for bit the reference evaluator's answer.
@Suite struct PlanConformanceTests {
    @Test func everyCorpusCaseGivesTheReferenceAnswerThroughThePlan() throws {
        let scripts = try ConformanceTests.corpusScripts()
        let engine = QueryEngine()
        var compared = 0
        var planned = 0
        for (name, script) in scripts {
            var plans: [String: QueryPlan] = [:]
            ScriptReplay.run(script) { evalCase, storage in
                guard let expr = try? Parser.parse(evalCase.expression) else { return }
                var plan = plans[evalCase.expression] ?? QueryPlan(expr, engine: engine)
                if plan.isIncremental { planned += 1 }
                let expected = PlanOutcome(engine, expr, evalCase.time, storage, plan: nil)
                let actual = PlanOutcome(engine, expr, evalCase.time, storage, plan: &plan)
                plans[evalCase.expression] = plan
                #expect(actual == expected, "\(name):\(evalCase.line): \(evalCase.expression)")
                compared += 1
            }
        }
        #expect(compared >= 500)
        #expect(planned >= 100, "only \(planned) corpus cases ran on the plan")
    }

    @Test func everyCorpusCasePassesWhenEvaluatedThroughThePlan() throws {
        let scripts = try ConformanceTests.corpusScripts()
        let engine = QueryEngine()
        let runner = ScriptRunner { (text, time, storage) throws(QueryError) in
            guard let expr = try? Parser.parse(text) else { return try engine.query(text, at: time, storage: storage) }
            var plan = QueryPlan(expr, engine: engine)
            do throws(EvaluationError) {
                return try plan.evaluate(at: time, storage: storage)
            } catch {
                throw .evaluation(error)
            }
        }
        let results = scripts.flatMap { runner.run($0.script, file: $0.name) }
        #expect(results.count == ConformanceTests.expectedCaseCount)
        for result in results {
            guard let failure = result.failure else { continue }
            Issue.record(Comment(rawValue: "\(result.file):\(result.line): \(result.expression): \(failure)"))
        }
    }
}

/// One evaluation's value or error, compared bit for bit.
struct PlanOutcome: Equatable {
    var value: Value?
    var error: String?

    init(_ engine: QueryEngine, _ expr: Expr, _ time: Timestamp, _ storage: InMemoryStorage, plan: inout QueryPlan) {
        do { value = try plan.evaluate(at: time, storage: storage) } catch { self.error = error.message }
    }

    init(_ engine: QueryEngine, _ expr: Expr, _ time: Timestamp, _ storage: InMemoryStorage, plan: QueryPlan?) {
        do { value = try engine.evaluate(expr, at: time, storage: storage) } catch { self.error = error.message }
    }

    static func == (lhs: PlanOutcome, rhs: PlanOutcome) -> Bool {
        guard lhs.error == rhs.error else { return false }
        switch (lhs.value, rhs.value) {
        case (.vector(let left)?, .vector(let right)?):
            return left.count == right.count
                && zip(left, right).allSatisfy {
                    $0.labels == $1.labels && $0.timestamp == $1.timestamp
                        && $0.value.bitPattern == $1.value.bitPattern
                }
        case (.scalar(let left, let leftTime)?, .scalar(let right, let rightTime)?):
            return left.bitPattern == right.bitPattern && leftTime == rightTime
        default: return lhs.value == rhs.value
        }
    }
}
