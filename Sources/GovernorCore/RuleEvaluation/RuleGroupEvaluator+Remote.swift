public import GovernorQuery

/// Each expression's answer from a remote backend at one tick, by the expression's text.
public typealias RemoteAnswers = [String: Result<Value, EvaluationError>]

extension RuleGroupEvaluator {
    /// Runs every rule once at `time` with its expressions (and clear conditions) answered by a remote backend
    /// (Prometheus, Thanos, Mimir) rather than the local store, as Thanos Ruler evaluates a group. Alert state,
    /// templates and what the rules write stay local; template `query` calls read the local store.
    public mutating func evaluate(at time: Timestamp, storage: inout InMemoryStorage, answers: RemoteAnswers)
        -> [RuleEvaluationResult]
    {
        remoteAnswers = answers
        defer { remoteAnswers = nil }
        return evaluate(at: time, storage: &storage)
    }

    /// Every expression text a remote backend must answer for this group: each rule's, and each clear condition.
    public var remoteExpressions: [String] {
        group.rules.flatMap { rule in [rule.expr.text] + (rule.clear.map { [$0.text] } ?? []) }
    }

    /// An expression's value: the remote answer when evaluating remotely, else the rule's plan (or, for a clear
    /// condition, the reference evaluator) over the local store. The expression is only read when it is needed:
    /// a rule's plan never needs it, and copying it out of the rule retained each of its parts for every rule at
    /// every tick.
    mutating func value(
        of expression: @autoclosure () -> PolicyExpression, plan index: Int?, at time: Timestamp,
        storage: InMemoryStorage
    ) throws(EvaluationError) -> Value {
        if let remoteAnswers {
            let text = expression().text
            guard let answer = remoteAnswers[text] else {
                throw EvaluationError("the backend gave no answer for \(text)")
            }
            return try answer.get()
        }
        if let index { return try plans.evaluate(index, at: time, storage: storage) }
        return try engine.evaluate(expression().expr, at: time, storage: storage)
    }
}
