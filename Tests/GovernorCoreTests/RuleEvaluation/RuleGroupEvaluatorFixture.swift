import GovernorCore
import GovernorQuery

/// Storage and rule builders shared by the `RuleGroupEvaluator` tests. Times are in milliseconds; a tick is a minute.
enum RuleGroupEvaluatorFixture {
    static let minute: Int64 = 60_000

    static func labels(_ name: String, _ pairs: [String: String] = [:]) -> Labels {
        Labels(pairs).setting(Labels.metricName, to: name)
    }

    /// Every raw point stored for the series with exactly these labels, stale markers included.
    static func points(_ labels: Labels, in storage: InMemoryStorage) throws -> [FloatPoint] {
        let matchers = try labels.pairs.map { try LabelMatcher(name: $0.name, type: .equal, value: $0.value) }
        return storage.select(matchers, start: 0, end: .max).first { $0.labels == labels }?.points ?? []
    }

    static func alert(
        _ name: String, _ text: String, for hold: Int64 = 0, keepFiringFor: Int64 = 0, clear: String? = nil,
        noData: NoDataPolicy = .ok, labels: [String: String] = [:]
    ) throws -> RuleDefinition {
        var rule = try TestPolicies.alert(name, text, line: 5, labels: labels)
        rule.forDuration = hold
        rule.keepFiringFor = keepFiringFor
        rule.clear = try clear.map { try TestPolicies.expression($0, line: 6) }
        rule.noData = noData
        return rule
    }

    static func evaluator(_ rules: [RuleDefinition], limit: Int = 0, resendDelay: Int64 = 60_000)
        -> RuleGroupEvaluator
    {
        var group = TestPolicies.group("g", rules)
        group.limit = limit
        return RuleGroupEvaluator(group: group, evaluationInterval: minute, resendDelay: resendDelay)
    }
}
