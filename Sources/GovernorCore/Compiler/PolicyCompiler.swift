import Dispatch
import Synchronization

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
        // The rule checks and the graph read the same groups and nothing else, so they run side by side: with
        // thousands of rules each is a noticeable part of `check`, which is otherwise parallel only per file.
        let checks = Mutex<[Diagnostic]>([])
        let built = Mutex<(graph: RuleGraph, diagnostics: [Diagnostic])?>(nil)
        let builder = RuleGraphBuilder(lookbackDelta: lookbackDelta, planSharedSubexpressions: planSharedSubexpressions)
        DispatchQueue.concurrentPerform(iterations: 2) { part in
            if part == 0 {
                let found =
                    RuleChecks.types(groups) + RuleChecks.duplicates(groups) + RuleChecks.overlappingRecordings(groups)
                    + RuleChecks.schedules(set.groups)
                checks.withLock { $0 = found }
            } else {
                let result = builder.build(groups: groups, forecasts: set.forecasts, sourceSeries: set.sourceSeries)
                built.withLock { $0 = result }
            }
        }
        guard let (graph, graphDiagnostics) = built.withLock({ $0 }) else { preconditionFailure("graph not built") }
        let diagnostics = generated.diagnostics + checks.withLock { $0 } + graphDiagnostics

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
