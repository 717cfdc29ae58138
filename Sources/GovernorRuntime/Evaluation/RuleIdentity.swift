public import GovernorCore

/// What makes an alerting rule "the same rule" across a reload or a restart: its name and its labels, as
/// Prometheus matches rules when it copies state into a reloaded group. Page and ticket burn-rate alerts share a
/// name and differ in their labels.
public struct RuleIdentity: Hashable, Sendable, Codable {
    public var name: String
    public var labels: [String: String]

    public init(name: String, labels: [String: String]) {
        self.name = name
        self.labels = labels
    }

    public init(_ rule: RuleDefinition) {
        self.init(name: rule.kind.name, labels: rule.labels)
    }
}

extension RuleGroupEvaluator {
    /// Each alerting rule's alerts, by the rule's identity, in rule order.
    public func alertsByRuleIdentity() -> [(rule: RuleIdentity, alerts: [AlertInstance])] {
        alertingRules.compactMap { index in
            guard let state = alertStates[index], !state.alerts.isEmpty else { return nil }
            return (RuleIdentity(group.rules[index]), state.sortedAlerts)
        }
    }
}
