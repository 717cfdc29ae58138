import Foundation
public import GovernorCore
import GovernorQuery
import GovernorRuntime

extension DaemonCore {
    /// Performs one checked action and records it in `logs/audit.ndjson`. `reload` reloads the policies from disk
    /// (the HTTP layer owns the reloader); `source` says who asked.
    public func perform(
        _ request: OpsActionRequest, arguments: [String: JSONValue], source: String,
        reload: @Sendable () async -> (adopted: Bool, diagnostics: [String])
    ) async -> OpsActionResult {
        let result: OpsActionResult
        do {
            result = try await execute(request, reload: reload)
        } catch {
            result = OpsActionResult(
                action: request.action.rawValue, outcome: error.kind == .failed ? .failed : .refused,
                message: error.message)
        }
        audit(result, arguments: arguments, source: source)
        return result
    }

    /// Records a request that was refused before anything ran: an unknown action or bad arguments.
    public func refuse(action: String, arguments: [String: JSONValue], source: String, message: String) {
        audit(
            OpsActionResult(action: action, outcome: .refused, message: message), arguments: arguments, source: source)
    }

    /// The newest `limit` lines of the audit log, oldest first.
    public func auditEntries(limit: Int) -> [AuditEntry] {
        logs.auditEntries(limit: limit)
    }

    private func audit(_ result: OpsActionResult, arguments: [String: JSONValue], source: String) {
        logs.audit(
            AuditEntry(
                time: RFC3339Time.textWithMilliseconds(Timestamp(Date().timeIntervalSince1970 * 1_000)),
                source: AuditEntry.sources.contains(source) ? source : "api", action: result.action,
                arguments: arguments, outcome: result.outcome, message: result.message))
    }

    private func execute(
        _ request: OpsActionRequest, reload: @Sendable () async -> (adopted: Bool, diagnostics: [String])
    ) async throws(OpsActionError) -> OpsActionResult {
        let action = request.action.rawValue
        switch request {
        case .silence(let matchers, let duration, let comment, let createdBy):
            let now = silenceTime
            let proposed = Silence(
                id: "", matchers: matchers, startsAt: now, endsAt: now + duration,
                comment: comment ?? "silenced through the ops actions API", createdBy: createdBy ?? "governor")
            let id: String
            do {
                id = try await setSilence(proposed)
            } catch {
                throw OpsActionError(.failed, "cannot silence \(matchers.alertmanagerText): \(error)")
            }
            return OpsActionResult(
                action: action, outcome: .done,
                message: "silenced \(matchers.alertmanagerText) for \(PrometheusDuration.format(duration)) (id \(id))",
                undo: OpsActionUndo(action: .expireSilence, arguments: ["id": id]))
        case .expireSilence(let id):
            do {
                try await expireSilence(id: id)
            } catch {
                throw OpsActionError(.failed, "cannot expire silence \(id): \(error)")
            }
            return OpsActionResult(action: action, outcome: .done, message: "expired silence \(id)")
        case .runGovernance:
            let pass = try await runGovernanceNow()
            return OpsActionResult(
                action: action, outcome: .done,
                message: "governance pass: " + DaemonText.governanceFields(pass).joined(separator: ", "))
        case .runForecast:
            let started = try runForecastsNow()
            return OpsActionResult(
                action: action, outcome: .done, message: "forecast started: \(started.joined(separator: ", "))")
        case .pauseGroup(let group):
            try requireGroup(group)
            let changed = pausedGroups.insert(group).inserted
            await publish()
            say("\(DaemonText.time(silenceTime))  \(DaemonText.pad("PAUSE"))group \(group) paused")
            return OpsActionResult(
                action: action, outcome: .done,
                message: changed ? "paused group \(group)" : "group \(group) was already paused",
                undo: OpsActionUndo(action: .resumeGroup, arguments: ["group": group]))
        case .resumeGroup(let group):
            try requireGroup(group)
            let changed = pausedGroups.remove(group) != nil
            await publish()
            say("\(DaemonText.time(silenceTime))  \(DaemonText.pad("RESUME"))group \(group) resumed")
            return OpsActionResult(
                action: action, outcome: .done,
                message: changed ? "resumed group \(group)" : "group \(group) was not paused",
                undo: OpsActionUndo(action: .pauseGroup, arguments: ["group": group]))
        case .reload:
            let outcome = await reload()
            guard outcome.adopted else {
                throw OpsActionError(
                    .failed,
                    "reload failed, the running policies stay in force: "
                        + outcome.diagnostics.joined(separator: "; "))
            }
            return OpsActionResult(action: action, outcome: .done, message: "policies reloaded")
        }
    }

    /// Evaluates the governance group now, outside its schedule, and does what its scheduled tick would do:
    /// persist, notify, log the pass.
    func runGovernanceNow() async throws(OpsActionError) -> GovernancePass {
        guard let group = governanceGroup, let index = runtime.planIndex(ofGroup: group) else {
            throw OpsActionError(.failed, "the policies have no governance group")
        }
        guard !pausedGroups.contains(group) else {
            throw OpsActionError(.failed, "group \(group) is paused; resume it first")
        }
        let now = silenceTime
        let tick = writingStore { $0.run(plan: index, at: now) }
        await handle(tick)
        let queuedSomething = await flushPipeline(through: now)
        deliveryRequested = deliveryRequested || queuedSomething
        await publish()
        guard let pass = lastGovernance else { throw OpsActionError(.failed, "the governance pass left no result") }
        return pass
    }

    /// Starts every declared forecast now; returns their names.
    func runForecastsNow() throws(OpsActionError) -> [String] {
        guard let runner = forecasting.runner, !forecasting.declarations.isEmpty else {
            throw OpsActionError(.failed, "the policies declare no forecast")
        }
        let now = silenceTime
        var started: [String] = []
        for declaration in forecasting.declarations where startForecast(declaration, at: now, runner: runner) {
            started.append(declaration.name)
        }
        guard !started.isEmpty else {
            throw OpsActionError(.failed, "every forecast is still waiting for the language model's last answer")
        }
        let held = forecasting.heldSamples(at: now)
        writingStore { $0.ingest(held) }
        return started
    }

    private func requireGroup(_ group: String) throws(OpsActionError) {
        let names = runtime.plans.map(\.group.name)
        guard names.contains(group) else {
            throw OpsActionError(
                .badArguments, "no rule group is named \(group) (groups: \(names.joined(separator: ", ")))")
        }
    }
}
