import GovernorPromQLTest
import GovernorQuery
import Testing

/// The runner is tested with a stand-in for the engine that reads the storage directly: a bare
/// metric name selects that metric's newest sample at or before the evaluation time.
@Suite struct ScriptRunnerTests {
    private static let latestSample: ScriptRunner.Query = { (text, time, storage) throws(QueryError) in
        if text == "boom" { throw .evaluation(EvaluationError("boom")) }
        if text == "syntax(" {
            throw .parse(ParseError(message: "unclosed (", range: SourceRange(start: 7, end: 7), text: text))
        }
        if let number = Double(text) { return .scalar(number, time) }
        let matcher = try! LabelMatcher(name: "__name__", type: .equal, value: text)
        let vector = storage.select([matcher], start: 0, end: time).compactMap { series in
            series.points.last.map { VectorSample(labels: series.labels, timestamp: time, value: $0.value) }
        }
        return .vector(vector)
    }

    private func run(_ text: String) throws -> [CaseResult] {
        try ScriptRunner(query: Self.latestSample).run(TestScriptReader.read(text), file: "x.test")
    }

    @Test func passingCases() throws {
        let results = try run(
            "load 1m\n  up{a=\"b\"} 1 2 3\n\neval instant at 1m up\n  up{a=\"b\"} 2\n\neval instant at 0 7\n  7\n")
        #expect(
            results == [
                CaseResult(file: "x.test", line: 4, expression: "up", failure: nil),
                CaseResult(file: "x.test", line: 7, expression: "7", failure: nil),
            ])
    }

    @Test func failingCaseSaysWhy() throws {
        let results = try run("load 1m\n  up{a=\"b\"} 1 2 3\n\neval instant at 2m up\n  up{a=\"b\"} 2\n")
        #expect(results.map(\.failure) == [#"expected 2, got 3 for up{a="b"}"#])
    }

    @Test func clearEmptiesTheStorage() throws {
        let results = try run("load 1m\n  up 1\n\nclear\n\neval instant at 1m up\n")
        #expect(results.map(\.failure) == [nil])
    }

    @Test func loadsAccumulateUntilCleared() throws {
        let results = try run(
            "load 1m\n  up{a=\"1\"} 1\n\nload 1m\n  up{a=\"2\"} 2\n\neval instant at 0 up\n  up{a=\"1\"} 1\n  up{a=\"2\"} 2\n"
        )
        #expect(results.map(\.failure) == [nil])
    }

    @Test func evalFailNeedsAnEvaluationError() throws {
        let results = try run("eval_fail instant at 0 boom\n\neval_fail instant at 0 1\n")
        #expect(results.map(\.failure) == [nil, "expected an evaluation error, got none"])
    }

    @Test func evaluationErrorFailsANormalCase() throws {
        let results = try run("eval instant at 0 boom\n")
        #expect(results.map(\.failure) == ["evaluation failed: boom"])
    }

    @Test func parseErrorPointsIntoTheScriptEvenForEvalFail() throws {
        let results = try run("\neval_fail instant at 0 syntax(\n")
        #expect(results.map(\.failure) == ["parse error at 2:31: unclosed ("])
    }

    @Test func theRealEngineIsTheDefault() throws {
        let results = ScriptRunner().run(try TestScriptReader.read("eval instant at 0 1\n  1\n"), file: "y.test")
        #expect(results.count == 1)
        #expect(results[0].file == "y.test")
    }
}
