import GovernorCore
import GovernorQuery
import GovernorRuntime
import Testing

@Suite struct RuleRuntimeTests {
    typealias T = TestPolicies
    static let minute: Int64 = 60_000

    static func policy(forMinutes hold: Int64, labels: [String: String] = [:], group name: String = "g")
        throws -> CompiledPolicy
    {
        var alert = try T.alert("XHigh", "x > 5", line: 3, labels: labels)
        alert.forDuration = hold * Self.minute
        var group = T.group(name, [alert])
        group.schedule = .interval(Self.minute)
        return PolicyCompiler().compile(PolicySet(groups: [group], sourceSeries: ["x"]))
    }

    static func x(_ value: Double, at minute: Int64) -> VectorSample {
        VectorSample(labels: ["__name__": "x"], timestamp: minute * Self.minute, value: value)
    }

    static func states(_ runtime: RuleRuntime) -> [AlertState] {
        runtime.evaluators.flatMap { $0.alertStates.compactMap { $0 }.flatMap { $0.alerts.values.map(\.state) } }
    }

    /// Runs minutes `from...to` with x = 10 throughout and returns every transition.
    static func run(_ runtime: inout RuleRuntime, minutes: ClosedRange<Int64>) -> [AlertTransition.Change] {
        var changes: [AlertTransition.Change] = []
        for minute in minutes {
            runtime.ingest([x(10, at: minute)])
            changes += runtime.runDue(at: minute * Self.minute).flatMap { $0.results.flatMap(\.transitions) }
                .map(\.change)
        }
        return changes
    }

    @Test func ingestedSamplesAreEvaluatedAtEachDueInstant() throws {
        var runtime = try RuleRuntime(policy: Self.policy(forMinutes: 2), startingAt: 0)
        #expect(Self.run(&runtime, minutes: 0...2) == [.activated, .fired])
        #expect(Self.states(runtime) == [.firing])
    }

    @Test func aTickSaysWhetherItChangedWhatARestartRestores() throws {
        var runtime = try RuleRuntime(policy: Self.policy(forMinutes: 1), startingAt: 0)
        var changed: [Bool] = []
        var sent: [Int] = []
        for minute: Int64 in 0...4 {
            runtime.ingest([Self.x(10, at: minute)])
            for tick in runtime.runDue(at: minute * Self.minute) {
                changed.append(tick.alertStateChanged)
                sent.append(tick.alertsToSend.reduce(0) { $0 + $1.alerts.count })
            }
        }
        // Activated, fired, then firing without a change, resent once the resend delay (1m) has passed.
        #expect(changed == [true, true, false, false, false])
        #expect(sent == [0, 1, 0, 1, 0])
    }

    @Test func aReloadKeepsTheStateOfRulesWhoseIdentityIsUnchanged() throws {
        var runtime = try RuleRuntime(policy: Self.policy(forMinutes: 5), startingAt: 0)
        #expect(Self.run(&runtime, minutes: 0...2) == [.activated])
        // A longer hold on the same rule: the pending alert keeps its start and fires 10 minutes after it.
        try runtime.adopt(Self.policy(forMinutes: 10))
        #expect(Self.run(&runtime, minutes: 3...9).isEmpty)
        #expect(Self.run(&runtime, minutes: 10...10) == [.fired])
    }

    @Test func aReloadStartsAFreshStateForARuleWhoseLabelsChanged() throws {
        var runtime = try RuleRuntime(policy: Self.policy(forMinutes: 1), startingAt: 0)
        #expect(Self.run(&runtime, minutes: 0...1) == [.activated, .fired])
        try runtime.adopt(Self.policy(forMinutes: 1, labels: ["severity": "page"]))
        #expect(Self.run(&runtime, minutes: 2...3) == [.activated, .fired])
    }

    @Test func aReloadNeitherSkipsNorRepeatsATick() throws {
        var runtime = try RuleRuntime(policy: Self.policy(forMinutes: 1), startingAt: 0)
        _ = Self.run(&runtime, minutes: 0...3)
        try runtime.adopt(Self.policy(forMinutes: 1))
        #expect(runtime.nextTickAt == 4 * Self.minute)
        #expect(runtime.runDue(at: 3 * Self.minute).isEmpty)
    }

    @Test func restoredAlertsStayFiring() throws {
        var first = try RuleRuntime(policy: Self.policy(forMinutes: 1), startingAt: 0)
        _ = Self.run(&first, minutes: 0...1)
        let saved = first.evaluators[0].alertsByRuleIdentity()
        var restarted = try RuleRuntime(policy: Self.policy(forMinutes: 1), startingAt: 2 * Self.minute)
        for (rule, alerts) in saved { restarted.restoreAlerts(group: "g", rule: rule, alerts: alerts) }
        #expect(Self.run(&restarted, minutes: 2...3).isEmpty)
        #expect(Self.states(restarted) == [.firing])
    }

    @Test func expiredSamplesAreDroppedButWhatRulesReadIsKept() throws {
        var runtime = try RuleRuntime(policy: Self.policy(forMinutes: 1), startingAt: 0)
        _ = Self.run(&runtime, minutes: 0...20)
        let before = runtime.storage.sampleCount
        runtime.dropExpiredSamples(at: 20 * Self.minute, minimum: 5 * Self.minute)
        #expect(runtime.storage.sampleCount < before)
        // x is read with the 5-minute lookback: minutes 15...20 stay.
        let kept = runtime.storage.select(
            [try LabelMatcher(name: "__name__", type: .equal, value: "x")], start: .min, end: .max)
        #expect(kept.first?.points.map { $0.timestamp / Self.minute } == [15, 16, 17, 18, 19, 20])
    }
}
