public import GovernorCore
public import GovernorQuery

/// Replays a metrics history through a compiled policy, one clock instant at a time, and records every alert
/// state change and every notification that would go out. It sends nothing.
///
/// A value type: `advance(through:)` moves the clock, and the storage (history plus everything the rules
/// recorded) and each group's alert state can be inspected at any point, which is what `explain` does.
public struct ReplaySession: Sendable {
    public let policy: CompiledPolicy
    public let alerting: AlertingConfiguration?
    public let options: ReplayOptions
    /// Milliseconds between clock instants.
    public let step: Int64
    public let plans: [GroupPlan]
    /// The history, plus every series the rules have written so far.
    public private(set) var storage: InMemoryStorage
    /// One per plan, in plan order.
    public private(set) var evaluators: [RuleGroupEvaluator]
    public private(set) var report: ReplayReport
    /// The next clock instant to run.
    public private(set) var nextInstant: Timestamp
    private var router: ReplayRouter?

    public init(
        policy: CompiledPolicy, history: InMemoryStorage, options: ReplayOptions,
        alerting: AlertingConfiguration? = nil, engine: QueryEngine = QueryEngine()
    ) throws(ReplayError) {
        guard options.from <= options.to else {
            throw ReplayError("the replay must start before it ends (from \(options.from)ms, to \(options.to)ms)")
        }
        if let step = options.step, step <= 0 { throw ReplayError("the step must be positive, got \(step)ms") }
        let plans = try GroupPlan.plans(for: policy, from: options.from)
        let step = options.step ?? plans.map(\.interval).min() ?? policy.defaultInterval
        self.policy = policy
        self.alerting = alerting
        self.options = options
        self.step = step
        self.plans = plans
        storage = history
        evaluators = plans.map {
            RuleGroupEvaluator(group: $0.group, engine: engine, evaluationInterval: max($0.interval, step))
        }
        report = ReplayReport(from: options.from, to: options.to, step: step)
        nextInstant = Self.firstInstant(atOrAfter: options.from, step: step)
        router = alerting.map(ReplayRouter.init)
    }

    /// Replays the whole range and returns what happened.
    public static func run(
        policy: CompiledPolicy, history: InMemoryStorage, options: ReplayOptions,
        alerting: AlertingConfiguration? = nil, engine: QueryEngine = QueryEngine()
    ) throws(ReplayError) -> ReplayReport {
        var session = try ReplaySession(
            policy: policy, history: history, options: options, alerting: alerting, engine: engine)
        session.advance(through: options.to)
        return session.report
    }

    /// Runs every clock instant up to and including `time` (and never past the replay's end).
    public mutating func advance(through time: Timestamp) {
        while nextInstant <= min(time, options.to) {
            tick(at: nextInstant)
            nextInstant += step
        }
    }

    /// Every alerting rule named `alertName` (burn-rate page and ticket alerts share a name), as plan and rule
    /// indices, in plan order.
    public func alertRules(named alertName: String) -> [(plan: Int, rule: Int)] {
        plans.enumerated().flatMap { planIndex, plan in
            plan.group.rules.indices.filter { plan.group.rules[$0].kind == .alert(alertName) }.map { (planIndex, $0) }
        }
    }

    private mutating func tick(at time: Timestamp) {
        for (index, plan) in plans.enumerated() where plan.isDue(at: time, step: step) {
            let results = evaluators[index].evaluate(at: time, storage: &storage)
            for result in results {
                record(result, group: plan.group.name, at: time)
            }
        }
    }

    private mutating func record(_ result: RuleEvaluationResult, group: String, at time: Timestamp) {
        if let message = result.error {
            report.failures.append(
                ReplayReport.RuleFailure(time: time, group: group, rule: result.rule.kind.name, message: message))
        }
        guard case .alert(let alertName) = result.rule.kind, !result.transitions.isEmpty else { return }
        let firing = router == nil ? [] : firingAlerts()
        for transition in result.transitions {
            report.stateChanges.append(
                ReplayStateChange(
                    time: time, group: group, alertName: alertName, change: transition.change,
                    labels: transition.labels, value: transition.value))
            let status: NotificationStatus
            switch transition.change {
            case .fired: status = .firing
            case .resolved: status = .resolved
            case .activated, .cancelled, .forgotten: continue
            }
            let annotations = result.alerts.first { $0.labels == transition.labels }?.annotations ?? [:]
            var notification = ReplayNotification(
                time: time, alertName: alertName, status: status, labels: transition.labels,
                annotations: annotations, value: transition.value)
            router?.route(&notification, amongFiring: firing)
            report.notifications.append(notification)
        }
    }

    /// The label sets of every alert firing now, across all groups, for inhibition.
    private func firingAlerts() -> [Labels] {
        evaluators.flatMap { evaluator in
            evaluator.alertStates.keys.sorted().flatMap { index in
                evaluator.alertStates[index]!.alerts.values.filter { $0.state == .firing }.map(\.labels).sorted()
            }
        }
    }

    /// The first multiple of `step` at or after `time`: the clock is aligned like interval schedules are.
    private static func firstInstant(atOrAfter time: Timestamp, step: Int64) -> Timestamp {
        (try? Schedule.interval(step).nextTick(after: time - 1)) ?? time
    }
}
