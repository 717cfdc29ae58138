public import GovernorQuery

/// Evaluates one group's rules in order at a time, writing what they produce into the storage so later rules
/// (and later ticks) read it, exactly as Prometheus's rule manager does. Holds the group's alert state.
public struct RuleGroupEvaluator: Sendable {
    public let group: RuleGroupDefinition
    public let engine: QueryEngine
    public let evaluationInterval: Int64
    public var externalLabels: [String: String]
    public var externalURL: String
    /// Alert state by rule index: nil for a recording rule.
    public internal(set) var alertStates: [AlertRuleState?]
    /// Whether the last `evaluate` changed what a restart restores of any rule's alerts (see
    /// `AlertRuleState.durableRevision`): a tick that only refreshed values or resent alerts need not be saved.
    public private(set) var alertStateChanged = false
    /// The alerting rules' indices, ascending: where `alertStates` holds a state, which never changes.
    public let alertingRules: [Int]
    /// What each rule keeps from tick to tick, by rule index.
    private var workspaces: [RuleWorkspace]
    /// Each rule's label and annotation templates, by rule index.
    private let templates: [RuleTemplates]
    /// What a tick reads of each rule before running it, by rule index (see `RuleOutline`).
    private let outlines: [RuleOutline]
    /// The alert candidates of the rule being evaluated, kept from rule to rule so that a tick does not allocate a
    /// list for each.
    private var candidateBuffer: [AlertCandidate] = []
    /// The rules' expressions compiled for tick-after-tick evaluation, by rule index, sharing their identical
    /// sub-expressions; it gives the reference evaluator's results bit for bit and falls back to it for what it
    /// does not cover.
    var plans: GroupQueryPlan
    /// For a group evaluated on a remote backend: each expression's answer at this tick, by expression text, set
    /// for the duration of one `evaluate(at:storage:answers:)`.
    var remoteAnswers: RemoteAnswers?

    public init(
        group: RuleGroupDefinition, engine: QueryEngine = QueryEngine(), evaluationInterval: Int64,
        externalLabels: [String: String] = [:], externalURL: String = "", resendDelay: Int64 = 60_000
    ) {
        self.group = group
        self.engine = engine
        self.evaluationInterval = evaluationInterval
        self.externalLabels = externalLabels
        self.externalURL = externalURL
        var alertStates = [AlertRuleState?](repeating: nil, count: group.rules.count)
        for (index, rule) in group.rules.enumerated() {
            guard case .alert(let name) = rule.kind else { continue }
            let configuration = AlertRuleConfiguration(
                alertName: name, holdDuration: rule.forDuration, keepFiringFor: rule.keepFiringFor,
                hasClearCondition: rule.clear != nil, resendDelay: resendDelay, evaluationInterval: evaluationInterval,
                limit: group.limit)
            alertStates[index] = AlertRuleState(configuration: configuration)
        }
        self.alertStates = alertStates
        templates = group.rules.map(RuleTemplates.init)
        outlines = group.rules.map(RuleOutline.init)
        alertingRules = alertStates.indices.filter { alertStates[$0] != nil }
        plans = GroupQueryPlan(group.rules.map(\.expr.expr), writtenNames: Self.writtenNames(group), engine: engine)
        workspaces = Array(repeating: RuleWorkspace(), count: group.rules.count)
    }

    /// Runs every rule once at `time`, appending recorded series and alert series to `storage`.
    public mutating func evaluate(at time: Timestamp, storage: inout InMemoryStorage) -> [RuleEvaluationResult] {
        plans.beginTick()
        alertStateChanged = false
        var results: [RuleEvaluationResult] = []
        results.reserveCapacity(group.rules.count)
        for index in group.rules.indices {
            let result =
                outlines[index].isAlerting
                ? alert(index, at: time, storage: storage) : record(index, at: time, storage: storage)
            write(result.samples, for: index, at: time, into: &storage)
            results.append(result)
        }
        return results
    }

    /// The metric names the group writes during a tick: its recorded series, and `ALERTS` and `ALERTS_FOR_STATE`
    /// when it has alerts. A sub-expression reading any of them is not shared between rules.
    private static func writtenNames(_ group: RuleGroupDefinition) -> Set<String> {
        var names: Set<String> = []
        for rule in group.rules {
            switch rule.kind {
            case .record(let name): names.insert(name)
            case .alert: names.formUnion(["ALERTS", "ALERTS_FOR_STATE"])
            }
            if let renamed = rule.labels[Labels.metricName] { names.insert(renamed) }
        }
        return names
    }

    /// Hands out the alerts due for notification at `time` (see `AlertRuleState.alertsToSend`).
    public mutating func alertsToSend(at time: Timestamp) -> [(rule: RuleDefinition, alerts: [AlertInstance])] {
        var due: [(RuleDefinition, [AlertInstance])] = []
        for index in alertingRules {
            // In place: a copy taken out and put back would copy the rule's alerts on every tick.
            guard let alerts = alertStates[index]?.alertsToSend(at: time) else { continue }
            if !alerts.isEmpty { due.append((group.rules[index], alerts)) }
        }
        return due
    }

    private mutating func record(_ index: Int, at time: Timestamp, storage: InMemoryStorage) -> RuleEvaluationResult {
        let rule = group.rules[index]
        let name = rule.kind.name
        let vector: InstantVector
        do {
            switch try value(of: rule.expr, plan: index, at: time, storage: storage) {
            case .vector(let samples): vector = samples
            case .scalar(let value, _): vector = [VectorSample(labels: Labels(), timestamp: time, value: value)]
            default:
                return RuleEvaluationResult(
                    rule: index, of: group.rules, error: "rule result is not a vector or scalar")
            }
        } catch {
            return RuleEvaluationResult(rule: index, of: group.rules, error: error.message)
        }
        var samples = InstantVector()
        samples.reserveCapacity(vector.count)
        var seen = Set<Labels>()
        for sample in vector {
            var labels = sample.labels.setting(Labels.metricName, to: name)
            for (key, value) in rule.labels { labels = labels.setting(key, to: value) }
            guard seen.insert(labels).inserted else {
                return RuleEvaluationResult(
                    rule: index, of: group.rules,
                    error: "vector contains metrics with the same labelset after applying rule labels")
            }
            samples.append(VectorSample(labels: labels, timestamp: time, value: sample.value))
        }
        if group.limit > 0 && samples.count > group.limit {
            return RuleEvaluationResult(
                rule: index, of: group.rules, error: "exceeded limit of \(group.limit) with \(samples.count) series")
        }
        return RuleEvaluationResult(rule: index, of: group.rules, samples: samples)
    }

    /// Rule `index`'s alerts at `time`. The rule itself is read only off the steady path (no data, a clear condition,
    /// templates that are not plain text, an error): see `RuleOutline`.
    private mutating func alert(_ index: Int, at time: Timestamp, storage: InMemoryStorage) -> RuleEvaluationResult {
        // Moved out while it changes, so its alerts are not copied on write, and moved back (a `defer` would copy).
        guard var state = alertStates[index].take() else {
            return RuleEvaluationResult(rule: index, of: group.rules, error: "alert state missing")
        }
        let revision = state.durableRevision
        let result = alert(index, state: &state, at: time, storage: storage)
        if state.durableRevision != revision { alertStateChanged = true }
        alertStates[index] = consume state
        return result
    }

    private mutating func alert(
        _ index: Int, state: inout AlertRuleState, at time: Timestamp, storage: InMemoryStorage
    ) -> RuleEvaluationResult {
        let templates = templates[index]
        // The array, not the rule: its reference count is in cache (see `RuleOutline`).
        let rules = group.rules
        do {
            let vector = try QueryEngine.instantVector(
                value(of: rules[index].expr, plan: index, at: time, storage: storage), at: time)
            // A remote backend answers for the expression, not for its selectors: no-data cannot be told apart there.
            let noData =
                vector.isEmpty && outlines[index].watchesNoData && remoteAnswers == nil
                && !hasInputs(rules[index].expr.expr, at: time, storage: storage)
            let query = templates.expands ? engine.templateQuery(at: time, storage: storage) : nil
            // Swapped out and back, so the memo's labels are neither retained nor released.
            var memo = CandidateLabelsMemo()
            swap(&memo, &workspaces[index].candidateLabels)
            var candidates: [AlertCandidate] = []
            swap(&candidates, &candidateBuffer)
            candidates.removeAll(keepingCapacity: true)
            for sample in vector {
                candidates.append(
                    templates.candidate(for: sample, rule: rules[index], context: self, query: query, memo: &memo))
            }
            plans.recycle(consume vector)
            swap(&memo, &workspaces[index].candidateLabels)
            if noData && rules[index].noData == .alert {
                candidates = [templates.noDataCandidate(rule: rules[index], context: self, query: query)]
            }
            var cleared = Set<Labels>()
            if outlines[index].hasClear, let clear = rules[index].clear {
                let clearVector = try QueryEngine.instantVector(
                    value(of: clear, plan: nil, at: time, storage: storage), at: time)
                cleared = Set(
                    clearVector.map { templates.candidate(for: $0, rule: rules[index], context: self).labels })
            }
            var input = AlertEvaluationInput(
                candidates: candidates, cleared: cleared, freeze: noData && rules[index].noData == .keepState)
            candidates = []
            let transitions = try state.evaluate(input, at: time)
            swap(&input.candidates, &candidateBuffer)
            return RuleEvaluationResult(
                rule: index, of: rules,
                samples: state.seriesSamples(at: time, reusing: &workspaces[index].alertSeries),
                transitions: transitions, alerts: sortedAlerts(of: state, rule: index), noData: noData)
        } catch let error as AlertRuleError {
            return RuleEvaluationResult(rule: index, of: rules, error: error.description)
        } catch {
            return RuleEvaluationResult(
                rule: index, of: rules,
                samples: state.seriesSamples(at: time, reusing: &workspaces[index].alertSeries),
                error: "\(error)")
        }
    }

    /// The rule's alerts sorted by labels, in the buffer its last result's list had when that result is gone.
    private mutating func sortedAlerts(of state: borrowing AlertRuleState, rule index: Int) -> [AlertInstance] {
        var list: [AlertInstance] = []
        swap(&list, &workspaces[index].alertList)
        state.sortAlerts(into: &list)
        workspaces[index].alertList = list
        return list
    }

    /// Whether any selector of the expression finds a series now: without any, the rule has no data.
    private func hasInputs(_ expr: Expr, at time: Timestamp, storage: InMemoryStorage) -> Bool {
        expr.selectors.contains { selector in
            let value = try? engine.evaluate(.vectorSelector(selector), at: time, storage: storage)
            if case .vector(let vector)? = value { return !vector.isEmpty }
            return false
        }
    }

    /// Appends the samples, and a stale marker for each series the rule wrote last time but not now.
    private mutating func write(
        _ samples: InstantVector, for index: Int, at time: Timestamp, into storage: inout InMemoryStorage
    ) {
        guard let previous = workspaces[index].output.append(samples, to: &storage), !previous.isEmpty else { return }
        let current = Set(samples.map(\.labels))
        for labels in Set(previous) where !current.contains(labels) {
            storage.append(labels: labels, timestamp: time, value: StaleMarker.value)
        }
    }
}

extension QueryEngine {
    /// Evaluates an expression that must yield an instant vector.
    public func evaluateVector(_ expr: Expr, at time: Timestamp, storage: any SeriesStorage) throws -> InstantVector {
        try Self.instantVector(evaluate(expr, at: time, storage: storage), at: time)
    }

    /// An alert expression's value as an instant vector; a scalar becomes one sample without labels.
    static func instantVector(_ value: Value, at time: Timestamp) throws -> InstantVector {
        switch value {
        case .vector(let vector): return vector
        case .scalar(let value, _): return [VectorSample(labels: Labels(), timestamp: time, value: value)]
        default: throw EvaluationError("alert expression must yield an instant vector")
        }
    }
}
