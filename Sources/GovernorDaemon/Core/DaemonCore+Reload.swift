import GovernorCore
public import GovernorPolicy
import GovernorQuery
import GovernorRuntime

extension DaemonCore {
    /// Switches to a newly loaded configuration, or keeps the running one when it has any error. Atomic: between
    /// two steps, so no tick runs half on the old rules and half on the new. Returns whether it was adopted.
    @discardableResult
    public func reload(_ loaded: ConfigurationLoader.Loaded, reason: String) async -> Bool {
        let adopted = await adopt(loaded, reason: reason)
        configuration.metrics.reloaded(succeeded: adopted)
        await publish()
        return adopted
    }

    private func adopt(_ loaded: ConfigurationLoader.Loaded, reason: String) async -> Bool {
        let time = DaemonText.time(clockPosition)
        guard let policy = loaded.policy, !loaded.hasErrors else {
            counters.reloadFailures += 1
            say("\(time)  \(DaemonText.pad("RELOAD"))\(reason): failed, the running policies stay in force:")
            for diagnostic in loaded.errors { say("  \(diagnostic.description)") }
            return false
        }
        let previousPlans = runtime.plans
        do {
            try runtime.adopt(policy)
        } catch {
            counters.reloadFailures += 1
            say("\(time)  \(DaemonText.pad("RELOAD"))\(reason): failed: \(error.message)")
            return false
        }
        governanceGroup = Self.governanceGroup(in: runtime.plans)
        carryRuleRuns(from: previousPlans)
        // Each group's saved alerts are rewritten at its next tick, so the rules the reload dropped leave the store;
        // the groups it dropped leave it now.
        unsavedGroups = Set(runtime.plans.map(\.group.name))
        await forgetAlertsOfDroppedGroups(at: clockPosition)
        configureForecasts(loaded.policySet.forecasts, at: clockPosition + 1)
        if loaded.alerting != alerting {
            alerting = loaded.alerting
            await startDelivery()
        }
        counters.reloadSuccesses += 1
        say(
            "\(time)  \(DaemonText.pad("RELOAD"))\(reason): now \(runtime.plans.count) groups, "
                + "\(runtime.plans.reduce(0) { $0 + $1.group.rules.count }) rules")
        return true
    }

    /// Removes the saved alerts of groups the policies in force do not have (after a reload, and at start).
    func forgetAlertsOfDroppedGroups(at time: Timestamp) async {
        await stores.forgetAlerts(ofGroupsOtherThan: runtime.plans.map(\.group.name), at: time, core: self)
    }

    /// Moves each kept rule's last run to its position in the adopted plans; the runs of rules the reload dropped
    /// are forgotten, and a new rule has none until its group runs.
    private func carryRuleRuns(from previousPlans: [GroupPlan]) {
        var runsByRule: [RuleKey: RuleRun] = [:]
        for plan in previousPlans {
            let name = plan.group.name
            guard let runs = ruleRuns[name] else { continue }
            for (rule, run) in zip(plan.group.rules, runs) {
                if let run { runsByRule[RuleKey(group: name, rule: rule)] = run }
            }
        }
        ruleRuns = [:]
        for plan in runtime.plans {
            let name = plan.group.name
            let runs = plan.group.rules.map { runsByRule[RuleKey(group: name, rule: $0)] }
            if runs.contains(where: { $0 != nil }) { ruleRuns[name] = runs }
        }
    }
}
