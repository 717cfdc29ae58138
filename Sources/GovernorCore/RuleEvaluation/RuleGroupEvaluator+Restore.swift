extension RuleGroupEvaluator {
    /// Puts back the alerts a rule had before a restart or a reload, keeping the rule's current configuration
    /// (its `for`, `keep_firing_for` and resend delay may have changed). Firing alerts stay firing and pending
    /// ones keep the time they became active, as Prometheus restores them from `ALERTS_FOR_STATE`.
    public mutating func restoreAlerts(_ alerts: [AlertInstance], ruleIndex: Int) {
        guard alertStates.indices.contains(ruleIndex), let state = alertStates[ruleIndex] else { return }
        alertStates[ruleIndex] = AlertRuleState(configuration: state.configuration, alerts: alerts)
    }
}
