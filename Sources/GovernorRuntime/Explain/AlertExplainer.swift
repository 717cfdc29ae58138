public import GovernorCore
public import GovernorQuery

/// Builds an `AlertExplanation` from a replay advanced to the instant in question.
public struct AlertExplainer: Sendable {
    public var engine: QueryEngine
    /// At most this many series are shown per node.
    public var seriesPerNode: Int

    public init(engine: QueryEngine = QueryEngine(), seriesPerNode: Int = 10) {
        self.engine = engine
        self.seriesPerNode = seriesPerNode
    }

    /// Replays up to `time` and explains `alertName` there: one explanation per rule of that name.
    public func explain(_ alertName: String, at time: Timestamp, session: ReplaySession) throws(RuntimeError)
        -> [AlertExplanation]
    {
        var session = session
        let rules = session.alertRules(named: alertName)
        guard !rules.isEmpty else {
            let names = session.plans.flatMap(\.group.rules).compactMap { rule -> String? in
                if case .alert(let name) = rule.kind { return name }
                return nil
            }
            throw RuntimeError(
                "no alerting rule named \(alertName); the policies define \(Array(Set(names)).sorted().joined(separator: ", "))"
            )
        }
        session.advance(through: time)
        return rules.map { explanation(alertName, plan: $0.plan, rule: $0.rule, at: time, session: session) }
    }

    private func explanation(
        _ alertName: String, plan planIndex: Int, rule ruleIndex: Int, at time: Timestamp, session: ReplaySession
    ) -> AlertExplanation {
        let plan = session.plans[planIndex]
        let rule = plan.group.rules[ruleIndex]
        let storage = session.storage
        let threshold = AlertThreshold.find(in: rule.expr.expr)
        let measured = vector(threshold?.measured ?? rule.expr.expr, at: time, storage: storage)
        let evaluator = session.evaluators[planIndex]
        let cleared = evaluator.clearedLabels(for: rule, at: time, storage: storage)
        let state = evaluator.alertStates[ruleIndex]
        let instances = (state?.sortedAlerts ?? []).map { alert in
            AlertExplanation.InstanceTimer(
                alert: alert,
                firesAt: alert.state == .pending ? alert.activeAt + rule.forDuration : nil,
                keepsFiringUntil: alert.keptFiringSince.map { $0 + rule.keepFiringFor },
                clearHolds: cleared.map { $0.contains(alert.labels) })
        }
        return AlertExplanation(
            alertName: alertName, time: time, rule: rule, group: plan.group.name,
            lastEvaluation: lastEvaluation(of: plan, atOrBefore: time, session: session), threshold: threshold,
            measured: measured, instances: instances,
            path: path(from: plan.nodes[ruleIndex], graph: session.policy.graph, at: time, storage: storage))
    }

    /// The nodes the alert reads, breadth first, each once.
    private func path(from start: Int, graph: RuleGraph, at time: Timestamp, storage: InMemoryStorage)
        -> [AlertExplanation.NodeValues]
    {
        var seen: Set<Int> = [start]
        var queue = [(start, 0)]
        var result: [AlertExplanation.NodeValues] = []
        while !queue.isEmpty {
            let (id, depth) = queue.removeFirst()
            let node = graph.nodes[id]
            let all = node.kind == .alert ? [] : values(of: node, at: time, storage: storage)
            result.append(
                AlertExplanation.NodeValues(
                    node: node, depth: depth, values: Array(all.prefix(seriesPerNode)),
                    omitted: max(0, all.count - seriesPerNode)))
            for dependency in graph.dependencies(of: id) where seen.insert(dependency).inserted {
                queue.append((dependency, depth + 1))
            }
        }
        return result
    }

    /// The series a node writes: its name narrowed by its static labels (a source's name alone).
    private func values(of node: RuleGraph.Node, at time: Timestamp, storage: InMemoryStorage) -> InstantVector {
        let names = node.kind == .forecast ? node.writes : [node.name]
        return names.flatMap { name in
            let pairs =
                [(Labels.metricName, name)] + node.staticLabels.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
            let matchers = pairs.compactMap { try? LabelMatcher(name: $0.0, type: .equal, value: $0.1) }
            let selector = VectorSelector(name: name, matchers: matchers, range: SourceRange(start: 0, end: 0))
            return vector(.vectorSelector(selector), at: time, storage: storage)
        }.sorted { $0.labels < $1.labels }
    }

    private func vector(_ expr: Expr, at time: Timestamp, storage: InMemoryStorage) -> InstantVector {
        (try? engine.evaluateVector(expr, at: time, storage: storage)) ?? []
    }

    private func lastEvaluation(of plan: GroupPlan, atOrBefore time: Timestamp, session: ReplaySession)
        -> Timestamp?
    {
        let bound = min(time, session.nextInstant - session.step)
        var last: Timestamp?
        var instant = session.options.from - 1
        while let next = try? plan.schedule.nextTick(after: instant), next <= bound {
            last = next
            instant = next
        }
        return last
    }
}
