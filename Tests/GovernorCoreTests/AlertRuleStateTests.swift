import GovernorCore
import GovernorQuery
import Testing

private let minute: Int64 = 60_000
private let api: Labels = ["alertname": "HighErrorRate", "job": "api"]

private func candidate(_ value: Double = 1, labels: Labels = api) -> AlertCandidate {
    AlertCandidate(labels: labels, annotations: ["summary": "errors at \(value)"], value: value)
}

@Suite struct AlertRuleStateTests {
    @Test func pendingTurnsFiringOnlyAfterTheHoldDuration() throws {
        var rule = AlertRuleState(
            configuration: AlertRuleConfiguration(alertName: "HighErrorRate", holdDuration: 5 * minute))
        #expect(try rule.evaluate(.init(candidates: [candidate()]), at: 0).map(\.change) == [.activated])
        #expect(try rule.evaluate(.init(candidates: [candidate()]), at: 4 * minute).isEmpty)
        #expect(rule.alerts[api]?.state == .pending)
        #expect(try rule.evaluate(.init(candidates: [candidate(2)]), at: 5 * minute).map(\.change) == [.fired])
        #expect(rule.alerts[api]?.state == .firing)
        #expect(rule.alerts[api]?.value == 2)
        #expect(rule.alerts[api]?.activeAt == 0)
        #expect(rule.alerts[api]?.firedAt == 5 * minute)
    }

    @Test func zeroHoldDurationFiresInTheSameEvaluation() throws {
        var rule = AlertRuleState(configuration: AlertRuleConfiguration(alertName: "HighErrorRate"))
        #expect(try rule.evaluate(.init(candidates: [candidate()]), at: 0).map(\.change) == [.activated, .fired])
    }

    @Test func pendingAlertThatVanishesIsCancelledAndForgotten() throws {
        var rule = AlertRuleState(
            configuration: AlertRuleConfiguration(alertName: "HighErrorRate", holdDuration: 5 * minute))
        _ = try rule.evaluate(.init(candidates: [candidate()]), at: 0)
        #expect(try rule.evaluate(.init(candidates: []), at: minute).map(\.change) == [.cancelled])
        #expect(rule.alerts.isEmpty)
    }

    @Test func resolvedAlertIsKeptForFifteenMinutesThenForgotten() throws {
        var rule = AlertRuleState(configuration: AlertRuleConfiguration(alertName: "HighErrorRate"))
        _ = try rule.evaluate(.init(candidates: [candidate()]), at: 0)
        #expect(try rule.evaluate(.init(candidates: []), at: minute).map(\.change) == [.resolved])
        #expect(rule.alerts[api]?.state == .inactive)
        #expect(rule.alerts[api]?.resolvedAt == minute)
        #expect(try rule.evaluate(.init(candidates: []), at: 16 * minute).isEmpty)
        #expect(try rule.evaluate(.init(candidates: []), at: 16 * minute + 1).map(\.change) == [.forgotten])
    }

    @Test func reappearingAfterResolutionStartsANewEpisode() throws {
        var rule = AlertRuleState(
            configuration: AlertRuleConfiguration(alertName: "HighErrorRate", holdDuration: minute))
        _ = try rule.evaluate(.init(candidates: [candidate()]), at: 0)
        _ = try rule.evaluate(.init(candidates: [candidate()]), at: minute)
        _ = try rule.evaluate(.init(candidates: []), at: 2 * minute)
        #expect(try rule.evaluate(.init(candidates: [candidate()]), at: 3 * minute).map(\.change) == [.activated])
        #expect(rule.alerts[api]?.activeAt == 3 * minute)
        #expect(rule.alerts[api]?.state == .pending)
    }

    @Test func keepFiringForHoldsAFiringAlertAfterItsConditionStops() throws {
        var rule = AlertRuleState(
            configuration: AlertRuleConfiguration(alertName: "HighErrorRate", keepFiringFor: 10 * minute))
        _ = try rule.evaluate(.init(candidates: [candidate()]), at: 0)
        #expect(try rule.evaluate(.init(candidates: []), at: minute).isEmpty)
        #expect(try rule.evaluate(.init(candidates: []), at: 10 * minute).isEmpty)
        #expect(rule.alerts[api]?.state == .firing)
        #expect(try rule.evaluate(.init(candidates: []), at: 11 * minute).map(\.change) == [.resolved])
    }

    @Test func aFiringAlertFoundAgainTakesTheNewValueAndIsNoLongerKept() throws {
        var rule = AlertRuleState(
            configuration: AlertRuleConfiguration(alertName: "HighErrorRate", keepFiringFor: 10 * minute))
        _ = try rule.evaluate(.init(candidates: [candidate(1)]), at: 0)
        _ = try rule.evaluate(.init(candidates: []), at: minute)
        #expect(rule.alerts[api]?.keptFiringSince == minute)
        // The steady case: one candidate, already the only alert and firing.
        #expect(try rule.evaluate(.init(candidates: [candidate(7)]), at: 2 * minute).isEmpty)
        #expect(rule.alerts[api]?.value == 7)
        #expect(rule.alerts[api]?.annotations == ["summary": "errors at 7.0"])
        #expect(rule.alerts[api]?.keptFiringSince == nil)
        #expect(rule.alerts[api]?.state == .firing)
        #expect(rule.alerts[api]?.activeAt == 0)
        // So the keep starts afresh when the condition stops again.
        _ = try rule.evaluate(.init(candidates: []), at: 3 * minute)
        #expect(try rule.evaluate(.init(candidates: []), at: 12 * minute).isEmpty)
        #expect(try rule.evaluate(.init(candidates: []), at: 14 * minute).map(\.change) == [.resolved])
    }

    @Test func aSingleCandidateUnlikeTheOnlyAlertIsNotTakenForIt() throws {
        let other: Labels = ["alertname": "HighErrorRate", "job": "web"]
        var rule = AlertRuleState(configuration: AlertRuleConfiguration(alertName: "HighErrorRate"))
        _ = try rule.evaluate(.init(candidates: [candidate()]), at: 0)
        let changes = try rule.evaluate(.init(candidates: [candidate(labels: other)]), at: minute).map(\.change)
        #expect(changes == [.activated, .resolved, .fired])
        #expect(rule.alerts[api]?.state == .inactive)
        #expect(rule.alerts[other]?.state == .firing)
    }

    @Test func clearConditionDecidesWhenAFiringAlertResolves() throws {
        let configuration = AlertRuleConfiguration(alertName: "HighErrorRate", hasClearCondition: true)
        var rule = AlertRuleState(configuration: configuration)
        _ = try rule.evaluate(.init(candidates: [candidate()]), at: 0)
        #expect(try rule.evaluate(.init(candidates: [], cleared: []), at: minute).isEmpty)
        #expect(try rule.evaluate(.init(candidates: [], cleared: []), at: 30 * minute).isEmpty)
        #expect(rule.alerts[api]?.state == .firing)
        let changes = try rule.evaluate(.init(candidates: [], cleared: [api]), at: 31 * minute).map(\.change)
        #expect(changes == [.resolved])
    }

    @Test func frozenEvaluationChangesNothing() throws {
        var rule = AlertRuleState(configuration: AlertRuleConfiguration(alertName: "HighErrorRate"))
        _ = try rule.evaluate(.init(candidates: [candidate()]), at: 0)
        #expect(try rule.evaluate(.init(candidates: [], freeze: true), at: minute).isEmpty)
        #expect(rule.alerts[api]?.state == .firing)
    }

    @Test func duplicateLabelSetsAreAnError() {
        var rule = AlertRuleState(configuration: AlertRuleConfiguration(alertName: "HighErrorRate"))
        #expect(throws: AlertRuleError.duplicateLabelSet(api)) {
            try rule.evaluate(.init(candidates: [candidate(1), candidate(2)]), at: 0)
        }
    }

    @Test func limitClearsTheRuleWhenExceeded() {
        var rule = AlertRuleState(configuration: AlertRuleConfiguration(alertName: "HighErrorRate", limit: 1))
        let other: Labels = ["alertname": "HighErrorRate", "job": "web"]
        #expect(throws: AlertRuleError.limitExceeded(limit: 1, count: 2)) {
            try rule.evaluate(.init(candidates: [candidate(), candidate(labels: other)]), at: 0)
        }
        #expect(rule.alerts.isEmpty)
    }

    @Test func sendingFollowsTheResendDelay() throws {
        let configuration = AlertRuleConfiguration(
            alertName: "HighErrorRate", holdDuration: minute, resendDelay: minute)
        var rule = AlertRuleState(configuration: configuration)
        _ = try rule.evaluate(.init(candidates: [candidate()]), at: 0)
        #expect(rule.alertsToSend(at: 0).isEmpty, "pending alerts are never sent")
        _ = try rule.evaluate(.init(candidates: [candidate()]), at: minute)
        let first = rule.alertsToSend(at: minute)
        #expect(first.count == 1)
        #expect(first.first?.validUntil == minute + 4 * minute)
        #expect(rule.alertsToSend(at: 2 * minute).isEmpty, "resend only after the delay has passed")
        #expect(rule.alertsToSend(at: 2 * minute + 1).count == 1)
        _ = try rule.evaluate(.init(candidates: []), at: 2 * minute + 2)
        let resolved = rule.alertsToSend(at: 2 * minute + 2)
        #expect(resolved.map(\.state) == [.inactive], "a resolution is sent at once")
    }

    @Test func restoredAlertsAreSentOnTheirOwnSchedule() throws {
        let configuration = AlertRuleConfiguration(alertName: "HighErrorRate", resendDelay: minute)
        let other: Labels = ["alertname": "HighErrorRate", "job": "web"]
        let sentBefore = AlertInstance(
            labels: api, annotations: [:], state: .firing, value: 1, activeAt: 0, firedAt: 0, lastSentAt: minute)
        let neverSent = AlertInstance(
            labels: other, annotations: [:], state: .firing, value: 1, activeAt: 0, firedAt: 0)
        var rule = AlertRuleState(configuration: configuration, alerts: [sentBefore, neverSent])
        #expect(rule.alertsToSend(at: minute + 1).map(\.labels) == [other], "never sent: at once")
        #expect(rule.alertsToSend(at: 2 * minute).isEmpty)
        #expect(
            rule.alertsToSend(at: 2 * minute + 1).map(\.labels) == [api], "sent before the restart: after the delay")
        #expect(rule.alertsToSend(at: 2 * minute + 2).map(\.labels) == [other])
    }

    @Test func alertsDueTogetherAreSentInLabelOrderAndMarkedSent() throws {
        let configuration = AlertRuleConfiguration(alertName: "HighErrorRate", resendDelay: minute)
        let jobs = ["web", "api", "db", "cache", "auth"]
        let alerts = jobs.map { job in
            AlertInstance(
                labels: ["alertname": "HighErrorRate", "job": job], annotations: [:], state: .firing, value: 1,
                activeAt: 0, firedAt: 0)
        }
        var rule = AlertRuleState(configuration: configuration, alerts: alerts)
        let sent = rule.alertsToSend(at: minute)
        #expect(sent.map { $0.labels["job"] } == jobs.sorted())
        #expect(sent.allSatisfy { $0.lastSentAt == minute && $0.validUntil == 5 * minute })
        #expect(rule.sortedAlerts.map(\.lastSentAt) == Array(repeating: minute, count: jobs.count), "kept as sent")
        #expect(rule.alertsToSend(at: 2 * minute).isEmpty)
        #expect(rule.alertsToSend(at: 2 * minute + 1).map { $0.labels["job"] } == jobs.sorted())
    }

    @Test func alertsSeriesMatchPrometheus() throws {
        var rule = AlertRuleState(
            configuration: AlertRuleConfiguration(alertName: "HighErrorRate", holdDuration: minute))
        _ = try rule.evaluate(.init(candidates: [candidate()]), at: 30_000)
        let samples = rule.seriesSamples(at: 30_000)
        #expect(
            samples.map(\.labels.description) == [
                #"ALERTS{alertname="HighErrorRate", alertstate="pending", job="api"}"#,
                #"ALERTS_FOR_STATE{alertname="HighErrorRate", job="api"}"#,
            ])
        #expect(samples.map(\.value) == [1, 30])
    }
}
