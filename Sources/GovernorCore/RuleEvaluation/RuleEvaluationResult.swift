public import GovernorQuery

/// What one rule did in one evaluation.
public struct RuleEvaluationResult: Sendable {
    /// The rule's group's rules and its place among them, rather than the rule itself: every result of a tick then
    /// holds the same array, a reference count in cache, where holding the rule wrote to the rule's own count, a cache
    /// miss for every rule at every tick.
    private let rules: [RuleDefinition]
    private let index: Int
    public var rule: RuleDefinition { rules[index] }
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
        self.init(
            rule: 0, of: [rule], samples: samples, transitions: transitions, alerts: alerts, error: error,
            noData: noData)
    }

    /// The result of rule `index` of `rules`.
    init(
        rule index: Int, of rules: [RuleDefinition], samples: InstantVector = [], transitions: [AlertTransition] = [],
        alerts: [AlertInstance] = [], error: String? = nil, noData: Bool = false
    ) {
        self.rules = rules
        self.index = index
        self.samples = samples
        self.transitions = transitions
        self.alerts = alerts
        self.error = error
        self.noData = noData
    }
}
