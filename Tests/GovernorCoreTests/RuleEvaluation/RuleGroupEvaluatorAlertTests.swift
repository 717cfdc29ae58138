import GovernorCore
import GovernorQuery
import Testing

/// Alerts through `RuleGroupEvaluator.evaluate(at:storage:)`: the expression, the rule's timers and its no-data
/// policy together, one tick a minute.
@Suite struct RuleGroupEvaluatorAlertTests {
    typealias Fixture = RuleGroupEvaluatorFixture
    static let minute = Fixture.minute
    static let job = Fixture.labels("up", ["job": "a"])

    /// Appends `up{job="a"}` = value at `time` and evaluates; the changes this tick made.
    static func tick(
        _ evaluator: inout RuleGroupEvaluator, _ storage: inout InMemoryStorage, at time: Int64, up: Double
    ) -> [AlertTransition.Change] {
        storage.append(labels: job, timestamp: time, value: up)
        return evaluator.evaluate(at: time, storage: &storage).flatMap(\.transitions).map(\.change)
    }

    @Test func forHoldsTheAlertPendingUntilItHasLasted() throws {
        var storage = InMemoryStorage()
        var evaluator = Fixture.evaluator([try Fixture.alert("Down", "up == 0", for: 2 * Self.minute)])
        #expect(Self.tick(&evaluator, &storage, at: 0, up: 0) == [.activated])
        #expect(Self.tick(&evaluator, &storage, at: Self.minute, up: 0) == [])
        #expect(Self.tick(&evaluator, &storage, at: 2 * Self.minute, up: 0) == [.fired])
        let alert = try #require(evaluator.alertStates[0]?.alerts.values.first)
        #expect(alert.labels == Labels(["job": "a", "alertname": "Down"]))
        #expect(alert.activeAt == 0)
        #expect(alert.firedAt == 2 * Self.minute)
    }

    /// The `ALERTS` series follow the alert from pending to firing to gone, tick after tick, although an alert
    /// that stays as it was reuses last tick's label sets.
    @Test func alertsSeriesFollowTheAlertsState() throws {
        var storage = InMemoryStorage()
        var evaluator = Fixture.evaluator([try Fixture.alert("Down", "up == 0", for: Self.minute)])
        var series: [[String]] = []
        for (index, up) in [0.0, 0, 0, 1].enumerated() {
            let time = Int64(index) * Self.minute
            storage.append(labels: Self.job, timestamp: time, value: up)
            series.append(evaluator.evaluate(at: time, storage: &storage).flatMap(\.samples).map(\.labels.description))
        }
        let pending = #"ALERTS{alertname="Down", alertstate="pending", job="a"}"#
        let firing = #"ALERTS{alertname="Down", alertstate="firing", job="a"}"#
        let forState = #"ALERTS_FOR_STATE{alertname="Down", job="a"}"#
        #expect(series == [[pending, forState], [firing, forState], [firing, forState], []])
        let pendingPoints = try Fixture.points(
            Fixture.labels("ALERTS", ["alertname": "Down", "alertstate": "pending", "job": "a"]), in: storage)
        #expect(pendingPoints.map(\.timestamp) == [0, Self.minute], "pending, then a stale marker")
        #expect(pendingPoints.last.map { StaleMarker.isStale($0.value) } == true)
    }

    /// The evaluator writes each rule's `ALERTS` samples and alert list into the buffers of its last result. A result
    /// the caller still holds must keep what it said: the next ticks write elsewhere.
    @Test func aResultKeptAcrossTicksIsNotChangedByTheNext() throws {
        var storage = InMemoryStorage()
        let latency = Fixture.labels("latency", ["job": "a"])
        var evaluator = Fixture.evaluator([try Fixture.alert("Slow", "latency > 10")])
        storage.append(labels: latency, timestamp: 0, value: 20)
        let kept = evaluator.evaluate(at: 0, storage: &storage)
        let keptSamples = kept.flatMap(\.samples).map { "\($0.labels) \($0.timestamp) \($0.value)" }
        #expect(kept.flatMap(\.alerts).map(\.value) == [20])
        var latest: [RuleEvaluationResult] = []
        for (index, value) in [30.0, 40].enumerated() {
            let time = Int64(index + 1) * Self.minute
            storage.append(labels: latency, timestamp: time, value: value)
            latest = evaluator.evaluate(at: time, storage: &storage)
        }
        #expect(kept.flatMap(\.samples).map { "\($0.labels) \($0.timestamp) \($0.value)" } == keptSamples)
        #expect(kept.flatMap(\.alerts).map(\.value) == [20])
        #expect(latest.flatMap(\.samples).map(\.timestamp) == [2 * Self.minute, 2 * Self.minute])
        #expect(latest.flatMap(\.alerts).map(\.value) == [40])
    }

    @Test func aPendingAlertWhoseConditionStopsIsCancelled() throws {
        var storage = InMemoryStorage()
        var evaluator = Fixture.evaluator([try Fixture.alert("Down", "up == 0", for: 2 * Self.minute)])
        _ = Self.tick(&evaluator, &storage, at: 0, up: 0)
        #expect(Self.tick(&evaluator, &storage, at: Self.minute, up: 1) == [.cancelled])
    }

    @Test func keepFiringForHoldsAFiringAlertAfterItsConditionStops() throws {
        var storage = InMemoryStorage()
        var evaluator = Fixture.evaluator([
            try Fixture.alert("Down", "up == 0", keepFiringFor: 2 * Self.minute)
        ])
        #expect(Self.tick(&evaluator, &storage, at: 0, up: 0) == [.activated, .fired])
        // The condition stops at 1m; the alert keeps firing while less than 2m has passed since then.
        #expect(Self.tick(&evaluator, &storage, at: Self.minute, up: 1) == [])
        #expect(Self.tick(&evaluator, &storage, at: 2 * Self.minute, up: 1) == [])
        #expect(Self.tick(&evaluator, &storage, at: 3 * Self.minute, up: 1) == [.resolved])
    }

    @Test func aClearConditionHoldsTheAlertUntilItHolds() throws {
        var storage = InMemoryStorage()
        let latency = Fixture.labels("latency", ["job": "a"])
        var evaluator = Fixture.evaluator([try Fixture.alert("Slow", "latency > 10", clear: "latency < 5")])
        var changes: [[AlertTransition.Change]] = []
        // Above 10 fires; 8 is below the alert threshold but not below the clear one; 3 clears it.
        for (index, value) in [20.0, 8, 3].enumerated() {
            let time = Int64(index) * Self.minute
            storage.append(labels: latency, timestamp: time, value: value)
            changes.append(evaluator.evaluate(at: time, storage: &storage).flatMap(\.transitions).map(\.change))
        }
        #expect(changes == [[.activated, .fired], [], [.resolved]])
    }

    @Test func noDataOkResolvesLikeAnyConditionThatStopped() throws {
        var storage = InMemoryStorage()
        var evaluator = Fixture.evaluator([try Fixture.alert("Down", "up == 0", noData: .ok)])
        _ = Self.tick(&evaluator, &storage, at: 0, up: 0)
        let results = Self.vanish(&evaluator, &storage, at: Self.minute)
        #expect(results[0].transitions.map(\.change) == [.resolved])
        // With `ok`, vanished inputs are not reported as no data.
        #expect(!results[0].noData)
    }

    @Test func noDataKeepStateFreezesTheAlert() throws {
        var storage = InMemoryStorage()
        var evaluator = Fixture.evaluator([try Fixture.alert("Down", "up == 0", noData: .keepState)])
        _ = Self.tick(&evaluator, &storage, at: 0, up: 0)
        let results = Self.vanish(&evaluator, &storage, at: Self.minute)
        #expect(results[0].noData)
        #expect(results[0].transitions.isEmpty)
        #expect(results[0].alerts.map(\.state) == [.firing])
    }

    @Test func noDataAlertRaisesItsOwnAlertAndResolvesTheOldOne() throws {
        var storage = InMemoryStorage()
        var evaluator = Fixture.evaluator([
            try Fixture.alert("Down", "up == 0", noData: .alert, labels: ["severity": "page"])
        ])
        _ = Self.tick(&evaluator, &storage, at: 0, up: 0)
        let results = Self.vanish(&evaluator, &storage, at: Self.minute)
        #expect(results[0].noData)
        let noData = Labels(["governor_nodata": "true", "severity": "page", "alertname": "Down"])
        let previous = Labels(["job": "a", "severity": "page", "alertname": "Down"])
        #expect(
            results[0].transitions.map { "\($0.change) \($0.labels)" } == [
                "activated \(noData)", "fired \(noData)", "resolved \(previous)",
            ])
    }

    @Test func aFiringAlertIsResentOnlyAfterTheResendDelay() throws {
        var storage = InMemoryStorage()
        var evaluator = Fixture.evaluator([try Fixture.alert("Down", "up == 0")], resendDelay: 2 * Self.minute)
        var sentAt: [Int64] = []
        for minute in Int64(0)...5 {
            let time = minute * Self.minute
            // Firing from 0 to 3m, resolved at 4m.
            _ = Self.tick(&evaluator, &storage, at: time, up: minute < 4 ? 0 : 1)
            if !evaluator.alertsToSend(at: time).isEmpty { sentAt.append(minute) }
        }
        // 0: first send; 1m, 2m: within 2m of it (strictly later is needed); 3m: resent; 4m: resolved, sent at once;
        // 5m: the resolution was sent.
        #expect(sentAt == [0, 3, 4])
    }

    @Test func aSentAlertStaysValidForFourResendDelays() throws {
        var storage = InMemoryStorage()
        var evaluator = Fixture.evaluator([try Fixture.alert("Down", "up == 0")], resendDelay: 2 * Self.minute)
        _ = Self.tick(&evaluator, &storage, at: 0, up: 0)
        let due = evaluator.alertsToSend(at: 0)
        #expect(due.map { $0.rule.kind } == [.alert("Down")])
        // 4 × max(resend delay 2m, evaluation interval 1m).
        #expect(due.first?.alerts.map(\.validUntil) == [8 * Self.minute])
    }

    @Test func aPendingAlertIsNeverSent() throws {
        var storage = InMemoryStorage()
        var evaluator = Fixture.evaluator([try Fixture.alert("Down", "up == 0", for: 5 * Self.minute)])
        _ = Self.tick(&evaluator, &storage, at: 0, up: 0)
        #expect(evaluator.alertsToSend(at: 0).isEmpty)
    }

    /// `up{job="a"}` goes stale at `time`, so the rule's only input is gone.
    static func vanish(_ evaluator: inout RuleGroupEvaluator, _ storage: inout InMemoryStorage, at time: Int64)
        -> [RuleEvaluationResult]
    {
        storage.append(labels: job, timestamp: time, value: StaleMarker.value)
        return evaluator.evaluate(at: time, storage: &storage)
    }
}
