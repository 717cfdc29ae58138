public import GovernorCore
public import GovernorQuery

/// What one group's evaluation at one instant produced.
public struct GroupTick: Sendable {
    /// The group's position among the runtime's plans.
    public var plan: Int
    public var group: String
    /// The instant it was evaluated at (its own scheduled instant).
    public var time: Timestamp
    /// Its scheduled instants skipped since its previous run.
    public var missed: Int
    /// One per rule, in evaluation order.
    public var results: [RuleEvaluationResult]
    /// How long the evaluation took (measured, for telemetry; nothing is decided by it).
    public var duration: Duration = .zero
    /// Whether the evaluation changed what a restart restores of the group's alerts, which is then worth saving
    /// (`RuleGroupEvaluator.alertStateChanged`).
    public var alertStateChanged = false
    /// The alerts due for the notifier now (firing ones every resend delay, resolved ones until forgotten).
    public var alertsToSend: [(rule: RuleDefinition, alerts: [AlertInstance])]
}
