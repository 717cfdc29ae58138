import GovernorCore
import GovernorQuery
import Testing

@Suite struct RuleGroupEvaluatorRestoreTests {
    typealias Fixture = RuleGroupEvaluatorFixture
    static let minute = Fixture.minute
    static let alertLabels = Labels(["job": "a", "alertname": "Down"])

    /// A recording rule first, so the alert is rule index 1.
    static func evaluator(for hold: Int64) throws -> RuleGroupEvaluator {
        Fixture.evaluator([
            try TestPolicies.record("up:copy", "up", line: 3), try Fixture.alert("Down", "up == 0", for: hold),
        ])
    }

    static func storage(downAt times: [Int64]) -> InMemoryStorage {
        var storage = InMemoryStorage()
        for time in times { storage.append(labels: Fixture.labels("up", ["job": "a"]), timestamp: time, value: 0) }
        return storage
    }

    @Test func aRestoredPendingAlertKeepsWhenItBecameActive() throws {
        var evaluator = try Self.evaluator(for: 10 * Self.minute)
        evaluator.restoreAlerts(
            [AlertInstance(labels: Self.alertLabels, annotations: [:], state: .pending, value: 0, activeAt: 0)],
            ruleIndex: 1)
        var storage = Self.storage(downAt: [10 * Self.minute])
        // Active since 0, so at 10m the `for` has run out: it fires without being activated again.
        let results = evaluator.evaluate(at: 10 * Self.minute, storage: &storage)
        #expect(results[1].transitions.map(\.change) == [.fired])
        #expect(results[1].alerts.map(\.activeAt) == [0])
    }

    @Test func aRestoredFiringAlertStaysFiring() throws {
        var evaluator = try Self.evaluator(for: 10 * Self.minute)
        evaluator.restoreAlerts(
            [
                AlertInstance(
                    labels: Self.alertLabels, annotations: [:], state: .firing, value: 0, activeAt: 0,
                    firedAt: 10 * Self.minute)
            ], ruleIndex: 1)
        var storage = Self.storage(downAt: [20 * Self.minute])
        let results = evaluator.evaluate(at: 20 * Self.minute, storage: &storage)
        #expect(results[1].transitions.isEmpty)
        #expect(results[1].alerts.map(\.state) == [.firing])
    }

    @Test func restoringKeepsTheRulesCurrentConfiguration() throws {
        var evaluator = try Self.evaluator(for: 3 * Self.minute)
        evaluator.restoreAlerts(
            [AlertInstance(labels: Self.alertLabels, annotations: [:], state: .pending, value: 0, activeAt: 0)],
            ruleIndex: 1)
        #expect(evaluator.alertStates[1]?.configuration.holdDuration == 3 * Self.minute)
        #expect(evaluator.alertStates[1]?.alerts.keys.sorted() == [Self.alertLabels])
    }

    @Test func restoringIntoARecordingRuleDoesNothing() throws {
        var evaluator = try Self.evaluator(for: 0)
        evaluator.restoreAlerts(
            [AlertInstance(labels: Self.alertLabels, annotations: [:], state: .firing, value: 0, activeAt: 0)],
            ruleIndex: 0)
        #expect(evaluator.alertStates[0] == nil)
        #expect(evaluator.alertStates[1]?.alerts.isEmpty == true)
    }
}
