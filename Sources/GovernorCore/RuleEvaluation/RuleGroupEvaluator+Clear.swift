public import GovernorQuery

extension RuleGroupEvaluator {
    /// The label sets for which `rule`'s clear condition holds at `time`, keyed exactly as evaluation keys its
    /// alerts (as candidates, with the rule's labels applied); nil when the rule has no clear condition.
    public func clearedLabels(for rule: RuleDefinition, at time: Timestamp, storage: InMemoryStorage) -> Set<Labels>? {
        guard let clear = rule.clear else { return nil }
        let templates = RuleTemplates(rule)
        let vector = (try? engine.evaluateVector(clear.expr, at: time, storage: storage)) ?? []
        return Set(vector.map { templates.candidate(for: $0, rule: rule, context: self).labels })
    }
}
