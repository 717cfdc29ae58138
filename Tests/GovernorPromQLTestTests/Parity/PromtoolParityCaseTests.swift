import Foundation
import GovernorPromQLTest
import GovernorQuery
import Testing

/// Cases where Governor once differed from Prometheus 2.42, each evaluated live by promtool (the oracle) and by
/// Governor, through the reference evaluator and through the incremental plan: the same samples with the same
/// bits, or the same error.
@Suite struct PromtoolParityCaseTests {
    static let fixtures = ["empty-side.test", "topk-ties.test"]

    @Test(arguments: fixtures)
    func sameAnswersAsPromtool(fixture name: String) throws {
        guard let oracle = PromtoolOracle.installed else {
            Issue.record("promtool is not installed; install Debian's prometheus package (2.42) to run parity tests")
            return
        }
        let fixture = ParityFixture(text: try Fixture.text("parity/\(name)"))
        #expect(!fixture.cases.isEmpty)
        let expected = try oracle.answers(for: fixture)
        let engine = QueryEngine()
        let reference = try fixture.governorAnswers { (text, time, storage) throws(QueryError) in
            try engine.query(text, at: time, storage: storage)
        }
        let planned = try fixture.governorPlanAnswers(engine: engine)
        for (evaluator, actual) in [("reference evaluator", reference), ("query plan", planned)] {
            for (index, evalCase) in fixture.cases.enumerated() {
                #expect(
                    Self.matches(actual[index], expected[index]),
                    "\(name) (\(evaluator)): \(evalCase.expression) at \(evalCase.timeText)\npromtool: \(expected[index])\ngovernor: \(actual[index])"
                )
            }
        }
    }

    /// Errors match on their message, which promtool prints without Governor's `error: ` prefix.
    static func matches(_ actual: PromtoolOracle.Answer, _ expected: PromtoolOracle.Answer) -> Bool {
        switch (actual, expected) {
        case (.error(let mine), .error(let theirs)): mine.hasSuffix(theirs)
        default: actual == expected
        }
    }
}
