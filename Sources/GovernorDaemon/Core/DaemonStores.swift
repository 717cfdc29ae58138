import GovernorCore
import GovernorQuery
import GovernorRuntime
import GovernorStore

/// The daemon's durable state: alert states, compliance history and the clock position, in the same SQLite file
/// as the outbox and the notification log.
struct DaemonStores: Sendable {
    let database: GovernorDatabase
    let alertStates: SQLiteAlertStateStore
    let complianceHistory: SQLiteComplianceHistory
    let state: SQLiteDaemonState

    init(database: GovernorDatabase) {
        self.database = database
        alertStates = SQLiteAlertStateStore(database: database)
        complianceHistory = SQLiteComplianceHistory(database: database)
        state = SQLiteDaemonState(database: database)
    }

    /// Returns whether the state is on disk; the caller tries again at the group's next tick when it is not.
    func saveAlerts(of evaluator: RuleGroupEvaluator, group: String, at time: Timestamp, core: DaemonCore) async
        -> Bool
    {
        do {
            try await alertStates.save(group: group, rules: evaluator.alertsByRuleIdentity(), at: time)
            return true
        } catch {
            await core.report(storeFailure: error, doing: "saving the alert state of group \(group)", at: time)
            return false
        }
    }

    /// Drops the saved alerts of groups the policies no longer have. A failure is reported and changes nothing
    /// else: the next start tries again, and ignores rows that match no rule meanwhile.
    func forgetAlerts(ofGroupsOtherThan groups: [String], at time: Timestamp, core: DaemonCore) async {
        do {
            try await alertStates.removeGroups(except: Set(groups))
        } catch {
            await core.report(storeFailure: error, doing: "removing the alert state of dropped groups", at: time)
        }
    }

    func recordGovernance(_ pass: GovernancePass, core: DaemonCore) async {
        do {
            try await complianceHistory.append(pass)
        } catch {
            await core.report(storeFailure: error, doing: "recording the governance pass", at: pass.time)
        }
    }

    /// Keeps how far a simulated timeline got, so a restarted simulation resumes there.
    func rememberClock(_ time: Timestamp, timeline: String?) async {
        guard let timeline else { return }
        try? await state.set(Self.clockKey(timeline), to: String(time))
    }

    func rememberedClock(timeline: String) async -> Timestamp? {
        (try? await state.value(Self.clockKey(timeline))).flatMap { $0.flatMap { Timestamp($0) } }
    }

    /// A timeline that ran to its end starts afresh next time.
    func forgetClock(timeline: String) async {
        try? await state.remove(Self.clockKey(timeline))
    }

    /// Clears alert states and the notification log before a simulated timeline starts from its beginning: they
    /// belong to another run's clock, and would otherwise keep its alerts firing or its notifications deduplicated.
    func startNewTimeline() async throws {
        try await alertStates.removeAll()
        try await SQLiteNotificationLogStore(database: database).removeAll()
    }

    private static func clockKey(_ timeline: String) -> String { "clock:\(timeline)" }

    /// Notifications queued and not yet delivered.
    func outboxDepth() async throws -> Int {
        try await SQLiteOutboxStore(database: database).pendingCount()
    }
}
