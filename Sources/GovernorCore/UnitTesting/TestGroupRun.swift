import GovernorQuery

/// One test group's run: a fresh store, the rule groups ticking over it, and every check.
struct TestGroupRun {
    let group: UnitTestGroup
    let ruleGroups: [RuleGroupDefinition]
    let engine: QueryEngine
    /// The file's `evaluation_interval`.
    let interval: Int64
    /// The file's `alerting_config`, for the group's routing tests.
    var alertingConfiguration: AlertingConfiguration? = nil

    func run() -> UnitTestGroupResult {
        let checks =
            group.alertTests.count + group.expressionTests.count + group.assertions.count
            + group.routingTests.count
        var result = UnitTestGroupResult(name: group.name, checks: checks)
        if let setupError = group.setupError {
            result.failures = [UnitTestFailure(kind: .setup, subject: group.name, time: nil, message: setupError)]
            return result
        }
        if let missing = group.alertTests.first(where: { $0.alertName.isEmpty }) {
            let inGroup = group.name.isEmpty ? "" : " (in TestGroup \(group.name))"
            let message =
                "an item under alert_rule_test misses required attribute alertname at eval_time "
                + PromtoolText.modelDuration(missing.evalTime) + inGroup
            result.failures = [UnitTestFailure(kind: .setup, subject: group.name, time: nil, message: message)]
            return result
        }
        var storage = InMemoryStorage()
        var failures: [UnitTestFailure] = []
        guard evaluateRules(into: &storage, failures: &failures) else {
            result.failures = failures
            return result
        }
        failures += group.expressionTests.compactMap {
            ExpressionCheck(test: $0, engine: engine).failure(storage: storage)
        }
        failures += group.assertions.compactMap {
            AssertionCheck(assertion: $0, engine: engine).failure(storage: storage)
        }
        if let alertingConfiguration {
            failures += RoutingCheck(tests: group.routingTests, configuration: alertingConfiguration).failures()
        }
        result.failures = failures
        return result
    }

    /// Ticks from 0 to the last check time, checking alert tests on the way. False when a rule failed, which
    /// ends the group as it ends promtool's.
    private func evaluateRules(into storage: inout InMemoryStorage, failures: inout [UnitTestFailure]) -> Bool {
        var evaluators = ruleGroups.map { ruleGroup in
            RuleGroupEvaluator(
                group: ruleGroup, engine: engine, evaluationInterval: interval, externalLabels: group.externalLabels,
                externalURL: group.externalURL)
        }
        let samples = InputSamples(group.inputSeries, interval: group.interval)
        var loaded = 0
        let alertTimes = Set(group.alertTests.map(\.evalTime)).sorted()
        var nextAlertTime = 0
        let last = group.lastEvaluationTime
        var time: Int64 = 0
        while time <= last {
            loaded = samples.load(from: loaded, through: time, into: &storage)
            var ruleFailures: [UnitTestFailure] = []
            for index in evaluators.indices {
                for evaluated in evaluators[index].evaluate(at: time, storage: &storage) {
                    guard let error = evaluated.error else { continue }
                    let name = evaluated.rule.kind.name
                    let message = "    rule: \(name), time: \(PromtoolText.goDuration(time)), err: \(error)"
                    ruleFailures.append(UnitTestFailure(kind: .rule, subject: name, time: time, message: message))
                }
            }
            failures += ruleFailures
            if !ruleFailures.isEmpty { return false }
            while nextAlertTime < alertTimes.count, alertTimes[nextAlertTime] < time + interval {
                let at = alertTimes[nextAlertTime]
                for test in group.alertTests where test.evalTime == at {
                    let check = AlertCheck(test: test, groupName: group.name)
                    if let failure = check.failure(got: firingAlerts(named: test.alertName, in: evaluators)) {
                        failures.append(failure)
                    }
                }
                nextAlertTime += 1
            }
            let (next, overflow) = time.addingReportingOverflow(interval)
            if overflow || interval <= 0 { break }
            time = next
        }
        return true
    }

    /// Every firing alert of that name, from every group (the same name may appear in several).
    private func firingAlerts(named name: String, in evaluators: [RuleGroupEvaluator]) -> [AlertCheck.Alert] {
        var alerts: [AlertCheck.Alert] = []
        for evaluator in evaluators {
            for index in evaluator.alertingRules where evaluator.group.rules[index].kind.name == name {
                guard let state = evaluator.alertStates[index] else { continue }
                for alert in state.alerts.values where alert.state == .firing {
                    alerts.append(AlertCheck.Alert(labels: alert.labels, annotations: Labels(alert.annotations)))
                }
            }
        }
        return alerts
    }
}
