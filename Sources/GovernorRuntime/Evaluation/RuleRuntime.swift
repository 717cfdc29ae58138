public import GovernorCore
public import GovernorQuery

/// Rule evaluation as dry-run, explain and the daemon all run it: the series store, one evaluator per group
/// holding its alert state, and the scheduler that says which groups are due.
///
/// A value with no clock and no I/O. A replay drives it with its history's clock; the daemon with a real or
/// simulated one, appending what its sources collected between ticks. Either way the same samples and the same
/// instants give the same results.
public struct RuleRuntime: Sendable {
    public private(set) var policy: CompiledPolicy
    /// Every group of the policy, in dependency order.
    public private(set) var plans: [GroupPlan]
    /// One per plan, in plan order.
    public private(set) var evaluators: [RuleGroupEvaluator]
    /// What the sources collected, plus every series the rules have written.
    public private(set) var storage: InMemoryStorage
    public let engine: QueryEngine
    private var scheduler: TickScheduler
    /// The coarsest clock the caller promises to drive the runtime with; groups that tick faster are evaluated
    /// as if their interval were this long.
    private let step: Int64?
    /// The last instant `runDue(at:)` was asked about; a new policy's groups start after it.
    private var lastClock: Timestamp
    /// Per source, what its last batch's series resolved to, so a scrape appends without hashing label sets.
    private var scrapeCaches: [String: ScrapeCache] = [:]

    /// - Parameters:
    ///   - start: groups first tick at their first instant at or after it.
    ///   - step: the replay clock's step when coarser than some group's interval; nil for a clock that visits
    ///     every group's instants.
    public init(
        policy: CompiledPolicy, storage: InMemoryStorage = InMemoryStorage(), startingAt start: Timestamp,
        step: Int64? = nil, engine: QueryEngine = QueryEngine()
    ) throws(RuntimeError) {
        let plans = try GroupPlan.plans(for: policy, from: start)
        self.policy = policy
        self.plans = plans
        self.storage = storage
        self.engine = engine
        self.step = step
        evaluators = plans.map {
            RuleGroupEvaluator(group: $0.group, engine: engine, evaluationInterval: max($0.interval, step ?? 0))
        }
        scheduler = try TickScheduler(schedules: plans.map(\.schedule), startingAt: start)
        lastClock = start - 1
    }

    /// The earliest instant at which a group is due.
    public var nextTickAt: Timestamp? { scheduler.nextTickAt }

    /// Each plan's next scheduled instant.
    public var nextTicks: [Timestamp] { scheduler.nextDue }

    /// Scheduled instants skipped so far, per plan.
    public var missedTicks: [Int] { scheduler.missedTicks }

    /// Adds collected samples (a scrape, a simulator step, a file's new lines).
    public mutating func ingest(_ samples: [VectorSample]) {
        for sample in samples {
            storage.append(labels: sample.labels, timestamp: sample.timestamp, value: sample.value)
        }
    }

    /// Adds one source's batch, remembering where its series went: the next batch of the same source, which
    /// lists mostly the same series in the same order, appends without looking label sets up.
    public mutating func ingest(_ samples: [VectorSample], from source: String) {
        scrapeCaches[source, default: ScrapeCache()].append(samples, to: &storage)
    }

    /// Evaluates every group due at `now`, each at its own scheduled instant, in dependency order. A group with a
    /// remote `backend` is evaluated with the answers in `remote` (by plan index), fetched beforehand for the
    /// instants `due(at:)` names. The groups named in `paused` let their due ticks pass unevaluated: their alerts
    /// keep their state, and a tick passed over is neither run later nor counted as missed.
    public mutating func runDue(
        at now: Timestamp, remote: [Int: RemoteAnswers] = [:], paused: Set<String> = []
    ) -> [GroupTick] {
        lastClock = max(lastClock, now)
        let due = scheduler.due(at: now)
        for skipped in due where paused.contains(plans[skipped.job].group.name) {
            scheduler.forgiveMissed(skipped.missed, of: skipped.job)
        }
        return due.filter { !paused.contains(plans[$0.job].group.name) }.map { due in
            var tick = run(plan: due.job, at: due.time, remote: remote[due.job])
            tick.missed = due.missed
            return tick
        }
    }

    /// The plan of the group named `name`.
    public func planIndex(ofGroup name: String) -> Int? {
        plans.firstIndex { $0.group.name == name }
    }

    /// The groups `runDue(at:)` would evaluate at `now`, and at which instants, without evaluating them.
    public func due(at now: Timestamp) -> [TickScheduler.Due] {
        var scheduler = self.scheduler
        return scheduler.due(at: now)
    }

    /// Evaluates one group at `time`, whether or not it is due (a governance pass asked for now); with `remote`,
    /// its expressions are the backend's answers.
    public mutating func run(plan index: Int, at time: Timestamp, remote: RemoteAnswers? = nil) -> GroupTick {
        let clock = ContinuousClock()
        let started = clock.now
        let results =
            remote.map { evaluators[index].evaluate(at: time, storage: &storage, answers: $0) }
            ?? evaluators[index].evaluate(at: time, storage: &storage)
        let toSend = evaluators[index].alertsToSend(at: time)
        var tick = GroupTick(
            plan: index, group: plans[index].group.name, time: time, missed: 0, results: results, alertsToSend: toSend)
        tick.duration = clock.now - started
        tick.alertStateChanged = evaluators[index].alertStateChanged
        return tick
    }

    /// Switches to a newly compiled policy. Every alerting rule whose identity (group, alert name and labels) is
    /// unchanged keeps its alerts, as Prometheus's rule manager copies state across a reload; groups tick next
    /// at their first instant after the last one run, so a reload neither skips nor repeats a tick.
    public mutating func adopt(_ newPolicy: CompiledPolicy) throws(RuntimeError) {
        var next = try RuleRuntime(
            policy: newPolicy, storage: storage, startingAt: lastClock + 1, step: step, engine: engine)
        next.lastClock = lastClock
        next.scrapeCaches = scrapeCaches
        next.restoreAlerts(from: self)
        self = next
    }

    /// Copies alerts from `old`'s evaluators into the rules that have the same identity here.
    private mutating func restoreAlerts(from old: RuleRuntime) {
        for (index, plan) in plans.enumerated() {
            guard let oldIndex = old.plans.firstIndex(where: { $0.group.name == plan.group.name }) else { continue }
            for (rule, alerts) in old.evaluators[oldIndex].alertsByRuleIdentity() {
                guard let ruleIndex = plan.group.rules.firstIndex(where: { RuleIdentity($0) == rule }) else {
                    continue
                }
                evaluators[index].restoreAlerts(alerts, ruleIndex: ruleIndex)
            }
        }
    }

    /// Replaces every alerting rule's alerts with what was saved (a restart): a rule with nothing saved has none.
    public mutating func replaceAlerts(with saved: [(group: String, rule: RuleIdentity, alerts: [AlertInstance])]) {
        for index in evaluators.indices {
            for rule in evaluators[index].alertingRules {
                evaluators[index].restoreAlerts([], ruleIndex: rule)
            }
        }
        for (group, rule, alerts) in saved {
            restoreAlerts(group: group, rule: rule, alerts: alerts)
        }
    }

    /// Every group's alerts due for the notifier at `time`, outside a tick (after a restart).
    public mutating func alertsToSend(at time: Timestamp) -> [(rule: RuleDefinition, alerts: [AlertInstance])] {
        evaluators.indices.flatMap { evaluators[$0].alertsToSend(at: time) }
    }

    /// Puts back one group's saved alerts (after a restart), matching rules by identity.
    public mutating func restoreAlerts(group: String, rule identity: RuleIdentity, alerts: [AlertInstance]) {
        guard let index = plans.firstIndex(where: { $0.group.name == group }),
            let ruleIndex = plans[index].group.rules.firstIndex(where: { RuleIdentity($0) == identity })
        else { return }
        evaluators[index].restoreAlerts(alerts, ruleIndex: ruleIndex)
    }

    /// Forgets samples no rule will read again: each series keeps what the graph says its readers need
    /// (`RuleGraph.retention`), and never less than `minimum` (the lookback, and whatever the API wants to show)
    /// or than what `keeping` asks for its metric names (the series a dashboard draws trends of).
    public mutating func dropExpiredSamples(at now: Timestamp, minimum: Int64, keeping: [String: Int64] = [:]) {
        let retention = policy.graph.retention
        storage.dropSamples { labels in
            let name = labels.metricName
            return now - max(minimum, name.flatMap { retention[$0] } ?? 0, name.flatMap { keeping[$0] } ?? 0)
        }
    }

    /// The label sets of every alert firing now, across all groups, for inhibition.
    public func firingAlerts() -> [Labels] {
        evaluators.flatMap { evaluator in
            evaluator.alertingRules.flatMap { index in
                evaluator.alertStates[index]!.alerts.values.filter { $0.state == .firing }.map(\.labels).sorted()
            }
        }
    }

    /// Every alerting rule named `alertName` (burn-rate page and ticket alerts share a name), as plan and rule
    /// indices, in plan order.
    public func alertRules(named alertName: String) -> [(plan: Int, rule: Int)] {
        plans.enumerated().flatMap { planIndex, plan in
            plan.group.rules.indices.filter { plan.group.rules[$0].kind == .alert(alertName) }.map { (planIndex, $0) }
        }
    }
}
