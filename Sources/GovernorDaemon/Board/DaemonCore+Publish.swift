import Foundation
import GovernorCore
import GovernorQuery
import GovernorRuntime
import GovernorSources
import GovernorStore

extension DaemonCore {
    /// Posts what the daemon looks like now to the board. The series store is lent, not copied: the next step takes
    /// it back while it writes (`writingStore`).
    func publish() async {
        let nextTicks = runtime.nextTicks
        let missed = runtime.missedTicks
        let groups = runtime.plans.enumerated().map { index, plan in
            let name = plan.group.name
            let states = runtime.evaluators[index].alertStates
            let rules = plan.group.rules.enumerated().map { ruleIndex, rule in
                let run = ruleRuns[RuleKey(group: name, rule: rule)]
                return RuleStatus(
                    definition: rule, lastError: run?.error, lastEvaluation: run?.time,
                    alerts: states[ruleIndex]?.sortedAlerts ?? [])
            }
            return GroupStatus(
                name: name, file: plan.group.location.file, interval: plan.interval, lastRun: groupRuns[name]?.time,
                lastDuration: groupRuns[name]?.duration ?? .zero,
                nextRun: nextTicks[index] == .max ? nil : nextTicks[index], missedTicks: missed[index], rules: rules,
                paused: pausedGroups.contains(name))
        }
        let nextCollections = sourceScheduler.nextDue
        let sources = self.sources.enumerated().map { index, source in
            SourceStatus(
                name: source.name, interval: source.interval, lastCollection: sourceRuns[source.name]?.time,
                lastDuration: sourceRuns[source.name]?.duration ?? .zero, lastError: sourceErrors[source.name],
                nextCollection: nextCollections[index] == .max ? nil : nextCollections[index])
        }
        let depth = (try? await stores.outboxDepth()) ?? 0
        board.post(
            DaemonSnapshot(
                time: clockPosition, startedAt: startedAt, processID: ProcessInfo.processInfo.processIdentifier,
                ready: counters.groupTicks > 0, storage: runtime.storage, engine: runtime.engine, groups: groups,
                sources: sources, counters: counters, governance: lastGovernance, alerting: alerting,
                outboxDepth: depth, runtimeSilences: silenceBook.entries, clock: configuration.clock))
    }
}
