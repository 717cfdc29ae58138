/// Compiles a validated policy set: generates the SLO and governance rules, builds the rule graph and checks
/// what only the whole set can show (types, duplicates, cycles, undefined series).
public struct PolicyCompiler: Sendable {
    /// Milliseconds an instant selector looks back (Prometheus's default is 5m).
    public var lookbackDelta: Int64
    /// Milliseconds between evaluations of groups that declare no schedule; generated groups use it.
    public var defaultInterval: Int64
    /// Whether to plan evaluation-once for identical sub-expressions; validation alone (`check`) does not need it.
    public var planSharedSubexpressions: Bool

    public init(
        lookbackDelta: Int64 = 5 * 60_000, defaultInterval: Int64 = 60_000, planSharedSubexpressions: Bool = true
    ) {
        self.lookbackDelta = lookbackDelta
        self.defaultInterval = defaultInterval
        self.planSharedSubexpressions = planSharedSubexpressions
    }

    public func compile(_ set: PolicySet) -> CompiledPolicy {
        var generated = GeneratedRules()
        for objective in set.objectives {
            switch objective.dialect {
            case .sloth: generated.append(SlothObjectiveGenerator.generate(objective))
            case .governor: generated.append(GovernorObjectiveGenerator.generate(objective))
            }
        }
        generated.append(GovernanceGenerator.generate(set))

        let groups = set.groups + generated.groups
        var diagnostics = generated.diagnostics
        diagnostics += RuleChecks.types(groups)
        diagnostics += RuleChecks.duplicates(groups)
        diagnostics += RuleChecks.overlappingRecordings(groups)
        diagnostics += RuleChecks.schedules(set.groups)
        let (graph, graphDiagnostics) = RuleGraphBuilder(
            lookbackDelta: lookbackDelta, planSharedSubexpressions: planSharedSubexpressions
        )
        .build(groups: groups, forecasts: set.forecasts, sourceSeries: set.sourceSeries)
        diagnostics += graphDiagnostics

        let summary = CompiledPolicy.Summary(
            groups: groups.count, rules: groups.reduce(0) { $0 + $1.rules.count }, objectives: set.objectives.count,
            nodes: graph.nodes.count, edges: graph.edges.count)
        return CompiledPolicy(
            groups: groups, graph: graph, diagnostics: Self.sorted(diagnostics), summary: summary,
            defaultInterval: defaultInterval)
    }

    /// By place, errors first, then by message, so output is stable from run to run.
    static func sorted(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        diagnostics.sorted { lhs, rhs in
            if lhs.location != rhs.location { return lhs.location < rhs.location }
            if lhs.severity != rhs.severity { return lhs.severity == .error }
            return lhs.message < rhs.message
        }
    }
}
