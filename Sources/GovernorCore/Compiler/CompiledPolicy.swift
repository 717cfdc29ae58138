/// The result of compiling a policy set: every group to evaluate, the graph, and every problem found.
public struct CompiledPolicy: Sendable {
    /// The counts `governor check` prints.
    public struct Summary: Hashable, Sendable {
        public var groups: Int
        public var rules: Int
        public var objectives: Int
        public var nodes: Int
        public var edges: Int

        public init(groups: Int, rules: Int, objectives: Int, nodes: Int, edges: Int) {
            self.groups = groups
            self.rules = rules
            self.objectives = objectives
            self.nodes = nodes
            self.edges = edges
        }
    }

    /// The user's groups first, in file order, then the generated ones (`sloth-slo-*`, `governor-slo-*`,
    /// `governor-governance`).
    public var groups: [RuleGroupDefinition]
    public var graph: RuleGraph
    /// Sorted by location, errors before warnings at the same place.
    public var diagnostics: [Diagnostic]
    public var summary: Summary
    /// Milliseconds between evaluations of groups that declare no schedule.
    public var defaultInterval: Int64

    public init(
        groups: [RuleGroupDefinition], graph: RuleGraph, diagnostics: [Diagnostic], summary: Summary,
        defaultInterval: Int64
    ) {
        self.groups = groups
        self.graph = graph
        self.diagnostics = diagnostics
        self.summary = summary
        self.defaultInterval = defaultInterval
    }

    /// When `group` is evaluated: its own schedule, or the default interval.
    public func schedule(of group: RuleGroupDefinition) -> Schedule {
        group.schedule ?? .interval(defaultInterval)
    }

    public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }
}
