import Foundation
import GovernorCore
import GovernorPolicy
import GovernorQuery
import GovernorRuntime
import GovernorSources
import Testing

/// Every scenario's first hour, replayed through the shipped policies/ with the replay `dry-run` uses: the
/// scenario's alerts fire within the hour, its own alert at the minute `firstAlertMinute` promises, and nothing
/// else fires; `normal` fires nothing.
@Suite struct ScenarioReplayTests {
    static let policy: CompiledPolicy = {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        let loaded = PolicyLoader().load(paths: [root.appendingPathComponent("policies").path])
        return PolicyCompiler().compile(loaded.policySet)
    }()

    static let hour: Int64 = 3_600_000

    /// The replay's state changes to firing, for the simulator's first hour.
    static func firings(_ simulator: Simulator) throws -> [ReplayStateChange] {
        var storage = InMemoryStorage()
        for time in simulator.instants(through: hour) {
            for sample in simulator.samples(at: time) {
                storage.append(labels: sample.labels, timestamp: sample.timestamp, value: sample.value)
            }
        }
        let report = try ReplaySession.run(
            policy: policy, history: storage, options: ReplayOptions(from: simulator.start, to: simulator.start + hour))
        #expect(report.failures.isEmpty, "\(report.failures)")
        return report.stateChanges.filter { $0.change == .fired }
    }

    @Test func theShippedPoliciesCompileClean() {
        #expect(Self.policy.diagnostics.isEmpty, "\(Self.policy.diagnostics.map(\.description))")
    }

    /// Exactly the scenario's alerts fire in the first hour, its own at `firstAlertMinute`; none for `normal`.
    static func expectTheScenariosAlerts(_ simulator: Simulator) throws {
        let scenario = simulator.scenario
        let firings = try firings(simulator)
        #expect(Set(firings.map(\.alertName)) == Set(scenario.alerts), "\(scenario)")
        if let own = scenario.alerts.first, let minute = scenario.firstAlertMinute {
            let first = firings.first { $0.alertName == own }
            #expect(first?.time == simulator.start + Int64(minute) * 60_000, "\(own) fired at \(first?.time as Any)")
        } else {
            #expect(scenario == .normal)
            #expect(firings.isEmpty)
        }
    }

    @Test(arguments: SimulatorScenario.allCases)
    func exactlyTheScenariosAlertsFireWithinTheFirstHour(scenario: SimulatorScenario) throws {
        try Self.expectTheScenariosAlerts(Simulator(scenario: scenario))
    }

    /// The thresholds sit far enough from the noise that another seed changes nothing. `normal` and `slow-burn`
    /// are the scenarios closest to a threshold (5xx counted one by one).
    @Test(arguments: [SimulatorScenario.normal, .slowBurn])
    func anotherSeedFiresTheSameAlertsAtTheSameMinute(scenario: SimulatorScenario) throws {
        try Self.expectTheScenariosAlerts(Simulator(scenario: scenario, seed: 20_250_101))
    }
}
