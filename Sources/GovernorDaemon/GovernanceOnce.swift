public import GovernorCore
public import GovernorQuery
public import GovernorRuntime
public import GovernorSources

/// One governance pass now, as `governor governance` runs it: the last `window` of the sources is collected and
/// evaluated tick by tick with the daemon's own runtime (so windowed rules have their history), then the
/// governance series are read at `time`.
public enum GovernanceOnce {
    public static func run(
        policy: CompiledPolicy, sources: [any MetricSource], at time: Timestamp, window: Int64
    ) async throws -> GovernancePass {
        let start = time - window
        var runtime = try RuleRuntime(policy: policy, startingAt: start)
        try await SourceReplay.run(&runtime, sources: sources, from: start, until: time + 1)
        // The pass is taken at `time` itself, whether or not a governance group happened to tick there.
        for plan in runtime.plans.indices where runtime.plans[plan].group.name.hasPrefix("governor-") {
            _ = runtime.run(plan: plan, at: time)
        }
        return GovernancePass.read(at: time, storage: runtime.storage, engine: runtime.engine)
    }
}
