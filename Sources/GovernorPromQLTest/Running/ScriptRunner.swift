public import GovernorQuery
import GovernorSeriesText

/// Runs a parsed script: loads samples into a fresh `InMemoryStorage`, evaluates each case at its
/// time, and compares the result the way Prometheus 2.42's `promql/test.go` does. One failing case
/// never stops the others.
public struct ScriptRunner: Sendable {
    /// How a case's expression is evaluated; the real engine unless a test swaps in a stand-in.
    public typealias Query = @Sendable (String, Timestamp, InMemoryStorage) throws(QueryError) -> Value

    private let query: Query

    public init(engine: QueryEngine = QueryEngine()) {
        query = { (text, time, storage) throws(QueryError) in try engine.query(text, at: time, storage: storage) }
    }

    public init(query: @escaping Query) { self.query = query }

    /// - Parameter file: the name cases are reported under (usually the script's file name).
    public func run(_ script: TestScript, file: String) -> [CaseResult] {
        var storage = InMemoryStorage()
        var results: [CaseResult] = []
        for command in script.commands {
            switch command {
            case .clear:
                storage = InMemoryStorage()
            case .load(let load):
                for sample in load.samples {
                    storage.append(labels: sample.labels, timestamp: sample.timestamp, value: sample.value)
                }
            case .eval(let evalCase):
                let failure = check(evalCase, storage: storage)
                results.append(
                    CaseResult(file: file, line: evalCase.line, expression: evalCase.expression, failure: failure))
            }
        }
        return results
    }

    /// Nil when the case passes.
    func check(_ evalCase: EvalCase, storage: InMemoryStorage) -> String? {
        let value: Value
        do {
            value = try query(evalCase.expression, evalCase.time, storage)
        } catch {
            switch error {
            case .parse(let parseError):
                // Prometheus rejects the whole script when an expression does not parse, so even an
                // eval_fail case cannot pass this way.
                let column = evalCase.expressionColumn + parseError.position.column - 1
                let line = evalCase.line + parseError.position.line - 1
                return "parse error at \(line):\(column): \(parseError.message)"
            case .evaluation(let evaluationError):
                if evalCase.kind == .failure { return nil }
                return "evaluation failed: \(evaluationError.message)"
            }
        }
        if evalCase.kind == .failure { return "expected an evaluation error, got none" }
        return ResultComparison.mismatch(
            expected: evalCase.expected, actual: value, ordered: evalCase.kind == .ordered)
    }
}
