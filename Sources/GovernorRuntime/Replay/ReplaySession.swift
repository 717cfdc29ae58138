public import GovernorCore
public import GovernorQuery

/// Replays a metrics history through a compiled policy, one clock instant at a time, and records every alert
/// state change and every notification that would go out. It sends nothing.
///
/// A value type: `advance(through:)` moves the clock, and the storage (history plus everything the rules
/// recorded) and each group's alert state can be inspected at any point, which is what `explain` does.
public struct ReplaySession: Sendable {
    public let alerting: AlertingConfiguration?
    public let options: ReplayOptions
    /// Milliseconds between clock instants.
    public let step: Int64
    /// The rules, their state and the storage, as the daemon runs them.
    public private(set) var runtime: RuleRuntime
    public private(set) var report: ReplayReport
    /// The next clock instant to run.
    public private(set) var nextInstant: Timestamp
    private var router: ReplayRouter?

    public init(
        policy: CompiledPolicy, history: InMemoryStorage, options: ReplayOptions,
        alerting: AlertingConfiguration? = nil, engine: QueryEngine = QueryEngine()
    ) throws(RuntimeError) {
        guard options.from <= options.to else {
            throw RuntimeError("the replay must start before it ends (from \(options.from)ms, to \(options.to)ms)")
        }
        if let step = options.step, step <= 0 { throw RuntimeError("the step must be positive, got \(step)ms") }
        let plans = try GroupPlan.plans(for: policy, from: options.from)
        let step = options.step ?? plans.map(\.interval).min() ?? policy.defaultInterval
        self.alerting = alerting
        self.options = options
        self.step = step
        runtime = try RuleRuntime(
            policy: policy, storage: history, startingAt: options.from, step: options.step, engine: engine)
        report = ReplayReport(from: options.from, to: options.to, step: step)
        nextInstant = Self.firstInstant(atOrAfter: options.from, step: step)
        router = alerting.map(ReplayRouter.init)
    }

    public var policy: CompiledPolicy { runtime.policy }
    public var plans: [GroupPlan] { runtime.plans }
    /// The history, plus every series the rules have written so far.
    public var storage: InMemoryStorage { runtime.storage }
    /// One per plan, in plan order.
    public var evaluators: [RuleGroupEvaluator] { runtime.evaluators }

    /// Replays the whole range and returns what happened.
    public static func run(
        policy: CompiledPolicy, history: InMemoryStorage, options: ReplayOptions,
        alerting: AlertingConfiguration? = nil, engine: QueryEngine = QueryEngine()
    ) throws(RuntimeError) -> ReplayReport {
        var session = try ReplaySession(
            policy: policy, history: history, options: options, alerting: alerting, engine: engine)
        session.advance(through: options.to)
        return session.report
    }

    /// Runs every clock instant up to and including `time` (and never past the replay's end).
    public mutating func advance(through time: Timestamp) {
        while nextInstant <= min(time, options.to) {
            for tick in runtime.runDue(at: nextInstant) {
                for result in tick.results {
                    record(result, group: tick.group, at: tick.time)
                }
            }
            nextInstant += step
        }
    }

    /// Every alerting rule named `alertName` (burn-rate page and ticket alerts share a name), as plan and rule
    /// indices, in plan order.
    public func alertRules(named alertName: String) -> [(plan: Int, rule: Int)] {
        runtime.alertRules(named: alertName)
    }

    private mutating func record(_ result: RuleEvaluationResult, group: String, at time: Timestamp) {
        if let message = result.error {
            report.failures.append(
                ReplayReport.RuleFailure(time: time, group: group, rule: result.rule.kind.name, message: message))
        }
        guard case .alert(let alertName) = result.rule.kind, !result.transitions.isEmpty else { return }
        let firing = router == nil ? [] : runtime.firingAlerts()
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

    /// The first multiple of `step` at or after `time`: the clock is aligned like interval schedules are.
    private static func firstInstant(atOrAfter time: Timestamp, step: Int64) -> Timestamp {
        (try? Schedule.interval(step).nextTick(after: time - 1)) ?? time
    }
}
