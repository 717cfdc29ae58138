import GovernorCore
import GovernorQuery
import GovernorRuntime
import GovernorStore

/// The daemon's durable state: alert states, compliance history and the clock position, in the same SQLite file
/// as the outbox and the notification log.
struct DaemonStores: Sendable {
    static let clockKey = "simulated_clock"

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

    func saveAlerts(of evaluator: RuleGroupEvaluator, group: String, at time: Timestamp, core: DaemonCore) async {
        do {
            try await alertStates.save(group: group, rules: evaluator.alertsByRuleIdentity(), at: time)
        } catch {
            await core.report(storeFailure: error, doing: "saving the alert state of group \(group)", at: time)
        }
    }

    func recordGovernance(_ pass: GovernancePass, core: DaemonCore) async {
        do {
            try await complianceHistory.append(pass)
        } catch {
            await core.report(storeFailure: error, doing: "recording the governance pass", at: pass.time)
        }
    }

    /// Keeps how far a simulated clock got, so a restarted simulation resumes there.
    func rememberClock(_ time: Timestamp, simulated: Bool) async {
        guard simulated else { return }
        try? await state.set(Self.clockKey, to: String(time))
    }

    func rememberedClock() async -> Timestamp? {
        (try? await state.value(Self.clockKey)).flatMap { $0.flatMap { Timestamp($0) } }
    }
}
