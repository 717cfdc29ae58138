import GovernorCore
import GovernorEngine
public import GovernorQuery
import GovernorRuntime
import GovernorSources
import GovernorStore

extension DaemonCore {
    /// Runs everything due up to `now`: sources first, so the groups evaluated at an instant see what was
    /// collected at it; then the groups, in dependency order; then the notification pipeline's flushes.
    /// Returns whether something was queued for delivery.
    @discardableResult
    public func advance(to now: Timestamp) async -> Bool {
        clockPosition = max(clockPosition, now)
        await collect(at: now)
        runForecasts(at: now)
        let remote = await remoteAnswers(dueAt: now)
        let paused = pausedGroups
        let ticks = writingStore { $0.runDue(at: now, remote: remote, paused: paused) }
        for tick in ticks {
            await handle(tick)
        }
        let queuedSomething = await flushPipeline(through: now)
        deliveryRequested = deliveryRequested || queuedSomething
        if now - lastRetentionSweep >= 60_000 {
            let (minimum, keeping) = (configuration.minimumRetention, configuration.trendRetention)
            writingStore { $0.dropExpiredSamples(at: now, minimum: minimum, keeping: keeping) }
            lastRetentionSweep = now
        }
        await stores.rememberClock(now, timeline: configuration.timeline)
        await publish(groupsChanged: !ticks.isEmpty)
        return queuedSomething
    }

    /// Hands the restored alerts to the notification pipeline at once, rather than at their groups' next ticks
    /// (up to 15 minutes away for the governance loop), so a notification interrupted by a crash is not late.
    func handOverRestoredAlerts(at time: Timestamp) async {
        let due = runtime.alertsToSend(at: time)
        guard let pipeline, !due.isEmpty else { return }
        await pipeline.receive(due, at: time)
    }

    /// Collects from every due source, in parallel, and stores what came back.
    func collect(at now: Timestamp) async {
        let due = sourceScheduler.due(at: now)
        guard !due.isEmpty else { return }
        let sources = self.sources
        let batches = await withTaskGroup(of: (Int, SourceBatch, Duration).self) { group in
            for job in due {
                group.addTask {
                    let clock = ContinuousClock()
                    let started = clock.now
                    let batch = await sources[job.job].collect(at: job.time)
                    return (job.job, batch, clock.now - started)
                }
            }
            var collected: [(Int, SourceBatch, Duration)] = []
            for await result in group { collected.append(result) }
            return collected.sorted { $0.0 < $1.0 }
        }
        writingStore { runtime in
            for (index, batch, _) in batches { runtime.ingest(batch.samples, from: sources[index].name) }
        }
        for (index, batch, duration) in batches {
            let time = due.first { $0.job == index }?.time ?? now
            sourceRuns[sources[index].name] = SourceRun(time: time, duration: duration)
            configuration.metrics.collected(sources[index].name, duration: duration, failed: batch.error != nil)
            noteSourceError(batch.error, source: sources[index].name, at: time)
        }
        counters.sourceCollections += batches.count
    }

    /// Logs a source failing or recovering, once per change rather than once per tick.
    private func noteSourceError(_ error: String?, source: String, at time: Timestamp) {
        guard sourceErrors[source] != error else { return }
        if let error {
            say("\(DaemonText.time(time))  \(DaemonText.pad("SOURCE"))\(source) failed: \(error)")
        } else {
            say("\(DaemonText.time(time))  \(DaemonText.pad("SOURCE"))\(source) recovered")
        }
        sourceErrors[source] = error
    }

    /// Persists, announces and forwards one group's evaluation.
    func handle(_ tick: GroupTick) async {
        counters.groupTicks += 1
        counters.rulesEvaluated += tick.results.count
        groupRuns[tick.group] = GroupRun(time: tick.time, duration: tick.duration)
        configuration.metrics.groupTicked(
            tick.group, duration: tick.duration, rules: tick.results.count, missed: tick.missed)
        if tick.missed > 0 {
            counters.missedTicks += tick.missed
            say(
                "\(DaemonText.time(tick.time))  \(DaemonText.pad("MISSED"))\(tick.missed) tick(s) of group "
                    + "\(tick.group) skipped: the daemon fell behind its schedule")
        }
        if tick.alertStateChanged || unsavedGroups.contains(tick.group) {
            // Persist first: a crash right after an announced change must not lose it. A store that failed (a full
            // disk, a locked file) is tried again at the group's next tick, until it takes. A tick that only resent
            // alerts saves nothing: a restart counts no alert as sent (`DaemonCore.start`), and saving every rule
            // of a group at each resend was the largest cost of a daemon with thousands of firing alerts.
            let saved = await stores.saveAlerts(
                of: runtime.evaluators[tick.plan], group: tick.group, at: tick.time, core: self)
            if saved { unsavedGroups.remove(tick.group) } else { unsavedGroups.insert(tick.group) }
        }
        noteRuleRuns(tick)
        for result in tick.results {
            guard case .alert(let alertName) = result.rule.kind else { continue }
            for transition in DaemonText.visible(result.transitions) {
                say(DaemonText.stateChange(transition, alert: alertName, group: tick.group))
                logs.alert(.stateChange(transition, alert: alertName, group: tick.group))
            }
        }
        if let pipeline, !tick.alertsToSend.isEmpty {
            await pipeline.receive(tick.alertsToSend, at: tick.time)
        }
        if tick.group == governanceGroup {
            let pass = GovernancePass.read(at: tick.time, storage: runtime.storage, engine: runtime.engine)
            lastGovernance = pass
            say(DaemonText.governance(pass))
            logs.governance(pass)
            await stores.recordGovernance(pass, core: self)
        }
    }

    /// Keeps each rule's run, by its position in the group, and logs an error when it starts or changes. An array
    /// per group: keyed by rule, the runs cost a hashed lookup for every rule at every tick and snapshot.
    private func noteRuleRuns(_ tick: GroupTick) {
        var runs = ruleRuns.removeValue(forKey: tick.group) ?? []
        if runs.count != tick.results.count { runs = Array(repeating: nil, count: tick.results.count) }
        for (index, result) in tick.results.enumerated() {
            let previous = runs[index]
            runs[index] = RuleRun(time: tick.time, error: result.error)
            if let error = result.error, previous?.error != error {
                say(
                    "\(DaemonText.time(tick.time))  \(DaemonText.pad("RULE"))\(tick.group)/\(result.rule.kind.name) "
                        + "failed: \(error)")
            }
        }
        ruleRuns[tick.group] = runs
    }

    /// Runs the pipeline's flushes due up to `now`; returns whether any queued a notification.
    func flushPipeline(through now: Timestamp) async -> Bool {
        guard let pipeline else { return false }
        let records: [FlushRecord]
        do {
            records = try await pipeline.advance(through: now)
        } catch {
            report(storeFailure: error, doing: "flushing notifications", at: now)
            return false
        }
        var queuedSomething = false
        for record in records {
            if case .sent(_, let id) = record.outcome {
                queuedSomething = true
                queued[id] = record.receiver
            }
            if let line = DaemonText.flush(record) { say(line) }
            logs.alert(.flush(record))
        }
        return queuedSomething
    }

    /// A store that failed (a full disk, a locked database): reported, counted, and retried on the next step.
    func report(storeFailure error: any Error, doing what: String, at time: Timestamp) {
        counters.storeFailures += 1
        say("\(DaemonText.time(time))  \(DaemonText.pad("STORE"))failed \(what): \(error); will retry")
    }
}
