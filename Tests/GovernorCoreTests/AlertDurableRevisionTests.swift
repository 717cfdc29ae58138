import GovernorCore
import GovernorQuery
import Testing

private let minute: Int64 = 60_000
private let api: Labels = ["alertname": "HighErrorRate", "job": "api"]

private func candidate(_ value: Double = 1) -> AlertCandidate {
    AlertCandidate(labels: api, annotations: ["summary": "errors at \(value)"], value: value)
}

/// `AlertRuleState.durableRevision` moves exactly when what a restart restores changes, so the daemon saves those
/// evaluations and no others.
@Suite struct AlertDurableRevisionTests {
    @Test func transitionsMoveItAndValuesAndSendsDoNot() throws {
        var rule = AlertRuleState(
            configuration: AlertRuleConfiguration(alertName: "HighErrorRate", holdDuration: minute))
        var revision = rule.durableRevision
        func moved() -> Bool {
            defer { revision = rule.durableRevision }
            return rule.durableRevision != revision
        }
        _ = try rule.evaluate(.init(candidates: [candidate()]), at: 0)
        #expect(moved(), "activated")
        _ = try rule.evaluate(.init(candidates: [candidate(2)]), at: minute / 2)
        #expect(!moved(), "a pending alert's new value")
        _ = try rule.evaluate(.init(candidates: [candidate(3)]), at: minute)
        #expect(moved(), "fired")
        _ = try rule.evaluate(.init(candidates: [candidate(4)]), at: 2 * minute)
        #expect(!moved(), "a firing alert's new value and annotations")
        #expect(rule.alertsToSend(at: 2 * minute).count == 1)
        #expect(rule.alertsToSend(at: 4 * minute).count == 1)
        #expect(!moved(), "sends")
        _ = try rule.evaluate(.init(candidates: []), at: 5 * minute)
        #expect(moved(), "resolved")
        _ = try rule.evaluate(.init(candidates: []), at: 6 * minute)
        #expect(!moved(), "a resolved alert kept")
        _ = try rule.evaluate(.init(candidates: []), at: 21 * minute)
        #expect(moved(), "forgotten")
        _ = try rule.evaluate(.init(candidates: []), at: 22 * minute)
        #expect(!moved(), "nothing at all")
    }

    @Test func aKeepFiringTimerMovesItWhenItStartsAndWhenItStops() throws {
        var rule = AlertRuleState(
            configuration: AlertRuleConfiguration(alertName: "HighErrorRate", keepFiringFor: 10 * minute))
        _ = try rule.evaluate(.init(candidates: [candidate()]), at: 0)
        var revision = rule.durableRevision
        func moved() -> Bool {
            defer { revision = rule.durableRevision }
            return rule.durableRevision != revision
        }
        _ = try rule.evaluate(.init(candidates: []), at: minute)
        #expect(rule.alerts[api]?.keptFiringSince == minute)
        #expect(moved(), "the timer started")
        _ = try rule.evaluate(.init(candidates: []), at: 2 * minute)
        #expect(!moved(), "the timer running")
        _ = try rule.evaluate(.init(candidates: [candidate()]), at: 3 * minute)
        #expect(rule.alerts[api]?.keptFiringSince == nil)
        #expect(moved(), "the condition back: the timer stopped")
    }

    @Test func droppingAlertsOverTheLimitMovesIt() throws {
        var rule = AlertRuleState(configuration: AlertRuleConfiguration(alertName: "HighErrorRate", limit: 1))
        _ = try rule.evaluate(.init(candidates: [candidate()]), at: 0)
        let revision = rule.durableRevision
        let other = AlertCandidate(labels: ["alertname": "HighErrorRate", "job": "web"], annotations: [:], value: 1)
        #expect(throws: AlertRuleError.limitExceeded(limit: 1, count: 2)) {
            try rule.evaluate(.init(candidates: [candidate(), other]), at: minute)
        }
        #expect(rule.alerts.isEmpty)
        #expect(rule.durableRevision != revision)
    }
}
