public import GovernorQuery

/// What one rule did in one evaluation.
public struct RuleEvaluationResult: Sendable {
    public var rule: RuleDefinition
    /// The recorded samples, or for an alert the `ALERTS` and `ALERTS_FOR_STATE` samples.
    public var samples: InstantVector
    /// The alert state changes (alerting rules only).
    public var transitions: [AlertTransition]
    /// The active and recently resolved alerts after the evaluation (alerting rules only).
    public var alerts: [AlertInstance]
    /// Why the rule failed this time; the rest of the group still runs.
    public var error: String?
    /// True when the rule's inputs were all absent.
    public var noData: Bool

    public init(
        rule: RuleDefinition, samples: InstantVector = [], transitions: [AlertTransition] = [],
        alerts: [AlertInstance] = [], error: String? = nil, noData: Bool = false
    ) {
        self.rule = rule
        self.samples = samples
        self.transitions = transitions
        self.alerts = alerts
        self.error = error
        self.noData = noData
    }
}
