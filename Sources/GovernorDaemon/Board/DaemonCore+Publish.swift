import Foundation
import GovernorCore
import GovernorQuery
import GovernorRuntime
import GovernorSources
import GovernorStore

extension DaemonCore {
    /// Posts what the daemon looks like now to the board. The series store is lent, not copied: the next step takes
    /// it back while it writes (`writingStore`).
    ///
    /// With `groupsChanged` false (a step that ran no group), the groups of the last snapshot are posted again unless
    /// their schedule moved: building them reads every rule's alerts, which with 10,000 rules cost more than a tick,
    /// and the daemon steps far more often than its groups tick.
    func publish(groupsChanged: Bool = true) async {
        let nextTicks = runtime.nextTicks
        let missed = runtime.missedTicks
        let groups: [GroupStatus]
        if !groupsChanged, let published = publishedGroups, published.nextTicks == nextTicks,
            published.missedTicks == missed
        {
            groups = published.groups
        } else {
            groups = groupStatuses(nextTicks: nextTicks, missed: missed)
            publishedGroups = PublishedGroups(groups: groups, nextTicks: nextTicks, missedTicks: missed)
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

    private func groupStatuses(nextTicks: [Timestamp], missed: [Int]) -> [GroupStatus] {
        runtime.plans.enumerated().map { index, plan in
            let name = plan.group.name
            let states = runtime.evaluators[index].alertStates
            let runs = ruleRuns[name] ?? []
            let rules = plan.group.rules.enumerated().map { ruleIndex, rule in
                let run = ruleIndex < runs.count ? runs[ruleIndex] : nil
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
    }
}

/// The groups of the last snapshot, and the schedule they were built at.
struct PublishedGroups: Sendable {
    let groups: [GroupStatus]
    let nextTicks: [Timestamp]
    let missedTicks: [Int]
}
