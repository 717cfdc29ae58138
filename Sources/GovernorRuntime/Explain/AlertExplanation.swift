public import GovernorCore
public import GovernorQuery

/// Why an alert is or is not firing at one instant: the graph nodes it depends on with their values, the
/// threshold it compares against, and each instance's `for` timer.
public struct AlertExplanation: Sendable {
    /// One node on the alert's path through the rule graph, with what it held at the instant.
    public struct NodeValues: Sendable {
        public var node: RuleGraph.Node
        /// How many edges away from the alert (0 is the alert itself).
        public var depth: Int
        /// The series the node wrote (or, for a source, the series read), latest values within the lookback.
        public var values: InstantVector
        /// Present when there were more series than `values` shows.
        public var omitted: Int

        public init(node: RuleGraph.Node, depth: Int, values: InstantVector, omitted: Int = 0) {
            self.node = node
            self.depth = depth
            self.values = values
            self.omitted = omitted
        }
    }

    /// One alert instance's state and timers as of the group's last evaluation.
    public struct InstanceTimer: Sendable {
        public var alert: AlertInstance
        /// When a pending alert turns firing if the condition keeps holding (`activeAt + for`).
        public var firesAt: Timestamp?
        /// When `keep_firing_for` runs out for a firing alert whose condition stopped.
        public var keepsFiringUntil: Timestamp?
        /// Whether the rule's `clear` condition holds for this instance now (nil without one).
        public var clearHolds: Bool?

        public init(alert: AlertInstance, firesAt: Timestamp?, keepsFiringUntil: Timestamp?, clearHolds: Bool?) {
            self.alert = alert
            self.firesAt = firesAt
            self.keepsFiringUntil = keepsFiringUntil
            self.clearHolds = clearHolds
        }
    }

    public var alertName: String
    public var time: Timestamp
    public var rule: RuleDefinition
    public var group: String
    /// The group's last evaluation at or before `time`; nil when it has not run yet.
    public var lastEvaluation: Timestamp?
    public var threshold: AlertThreshold?
    /// The measured side of the threshold (or the whole expression without one) at `time`.
    public var measured: InstantVector
    public var instances: [InstanceTimer]
    /// The alert's node first, then what it reads, breadth first.
    public var path: [NodeValues]

    public init(
        alertName: String, time: Timestamp, rule: RuleDefinition, group: String, lastEvaluation: Timestamp?,
        threshold: AlertThreshold?, measured: InstantVector, instances: [InstanceTimer], path: [NodeValues]
    ) {
        self.alertName = alertName
        self.time = time
        self.rule = rule
        self.group = group
        self.lastEvaluation = lastEvaluation
        self.threshold = threshold
        self.measured = measured
        self.instances = instances
        self.path = path
    }

    /// `firing`, `pending`, or `inactive`: the most advanced state among the instances.
    public var verdict: AlertState {
        if instances.contains(where: { $0.alert.state == .firing }) { return .firing }
        if instances.contains(where: { $0.alert.state == .pending }) { return .pending }
        return .inactive
    }
}
