import GovernorCore
import GovernorQuery
import Testing

@testable import GovernorRuntime

@Suite struct ReplaySessionTests {
    typealias T = TestPolicies
    static let minute: Int64 = 60_000

    /// `x` is k at minute k, for minutes 0...20.
    static func rampingHistory() -> InMemoryStorage {
        var storage = InMemoryStorage()
        for minute in 0...20 {
            storage.append(labels: ["__name__": "x"], timestamp: Int64(minute) * Self.minute, value: Double(minute))
        }
        return storage
    }

    static func compile(_ groups: [RuleGroupDefinition]) -> CompiledPolicy {
        PolicyCompiler().compile(PolicySet(groups: groups, sourceSeries: ["x"]))
    }

    static func changes(_ report: ReplayReport) -> [String] {
        report.stateChanges.map { "\($0.time / Self.minute)m \($0.alertName) \($0.state)" }
    }

    @Test func pendingThenFiringAfterTheHoldDurationOnIntervalTicks() throws {
        var alert = try T.alert("XHigh", "x > 5", line: 3)
        alert.forDuration = 2 * Self.minute
        var group = T.group("g", [alert])
        group.schedule = .interval(Self.minute)
        let report = try ReplaySession.run(
            policy: Self.compile([group]), history: Self.rampingHistory(),
            options: ReplayOptions(from: 0, to: 10 * Self.minute))
        // 6 > 5 first at minute 6; for: 2m fires at minute 8.
        #expect(Self.changes(report) == ["6m XHigh pending", "8m XHigh firing"])
        #expect(report.step == Self.minute)
        #expect(report.notifications.map(\.time) == [8 * Self.minute])
        #expect(report.notifications.first?.status == .firing)
    }

    @Test func aGroupReadingAnotherGroupRunsAfterItAtTheSameInstant() throws {
        // The alert's group comes first in the file; graph order still runs the recording first, so the alert
        // sees this tick's y (12 at minute 6) rather than the last tick's (10).
        var alerts = T.group("alerts", [try T.alert("YHigh", "y > 10", line: 3)])
        alerts.schedule = .interval(Self.minute)
        var records = T.group("records", line: 10, [try T.record("y", "x * 2", line: 12)])
        records.schedule = .interval(Self.minute)
        let report = try ReplaySession.run(
            policy: Self.compile([alerts, records]), history: Self.rampingHistory(),
            options: ReplayOptions(from: 0, to: 10 * Self.minute))
        #expect(Self.changes(report) == ["6m YHigh pending", "6m YHigh firing"])
    }

    @Test func cronGroupsTickOnlyOnTheirSchedule() throws {
        var group = T.group("quarterly", [try T.alert("XHigh", "x > 5", line: 3)])
        group.schedule = .cron("*/15 * * * *")
        var fast = T.group("fast", line: 20, [try T.record("x:copy", "x", line: 22)])
        fast.schedule = .interval(Self.minute)
        let report = try ReplaySession.run(
            policy: Self.compile([group, fast]), history: Self.rampingHistory(),
            options: ReplayOptions(from: 0, to: 20 * Self.minute))
        // The condition holds from minute 6, but the group first runs after that at minute 15.
        #expect(Self.changes(report) == ["15m XHigh pending", "15m XHigh firing"])
        #expect(report.step == Self.minute)
    }

    @Test func aCoarserStepRunsFasterGroupsOncePerStep() throws {
        var group = T.group("g", [try T.alert("XHigh", "x > 5", line: 3)])
        group.schedule = .interval(Self.minute)
        let report = try ReplaySession.run(
            policy: Self.compile([group]), history: Self.rampingHistory(),
            options: ReplayOptions(from: 0, to: 20 * Self.minute, step: 4 * Self.minute))
        #expect(Self.changes(report) == ["8m XHigh pending", "8m XHigh firing"])
    }

    @Test func theClockStartsAtTheFirstStepMultipleAfterFrom() throws {
        var group = T.group("g", [try T.alert("XLow", "x < 100", line: 3)])
        group.schedule = .interval(Self.minute)
        let report = try ReplaySession.run(
            policy: Self.compile([group]), history: Self.rampingHistory(),
            options: ReplayOptions(from: 90_000, to: 5 * Self.minute))
        #expect(report.stateChanges.first?.time == 2 * Self.minute)
    }

    @Test func invalidRangesAndStepsAreRefused() throws {
        let policy = Self.compile([T.group("g", [try T.alert("XHigh", "x > 5", line: 3)])])
        #expect(throws: RuntimeError.self) {
            try ReplaySession(policy: policy, history: InMemoryStorage(), options: ReplayOptions(from: 10, to: 0))
        }
        #expect(throws: RuntimeError("the step must be positive, got 0ms")) {
            try ReplaySession(
                policy: policy, history: InMemoryStorage(), options: ReplayOptions(from: 0, to: 10, step: 0))
        }
    }
}
