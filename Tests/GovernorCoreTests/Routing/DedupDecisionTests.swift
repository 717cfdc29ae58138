import GovernorCore
import Testing

private let hour: Int64 = 3_600_000

private func decide(
    _ entry: NotificationLogEntry?, firing: Set<String>, resolved: Set<String> = [], sendResolved: Bool = true,
    now: Int64 = hour
) -> DedupDecision {
    DedupDecision.decide(
        lastNotification: entry, firing: firing, resolved: resolved, sendResolved: sendResolved,
        repeatInterval: 4 * hour, now: now)
}

@Suite struct DedupDecisionTests {
    private let sent = NotificationLogEntry(firingAlerts: ["a", "b"], resolvedAlerts: [], sentAt: 0)

    @Test func firstNotificationOnlyWhenSomethingFires() {
        #expect(decide(nil, firing: ["a"]) == .send(.firstNotification))
        #expect(decide(nil, firing: [], resolved: ["a"]) == .skip(.onlyResolvedAlerts))
    }

    @Test func aNewFiringAlertIsSentAtOnce() {
        #expect(decide(sent, firing: ["a", "c"]) == .send(.newFiringAlerts))
    }

    @Test func allResolvedIsSentEvenWithoutSendResolved() {
        #expect(decide(sent, firing: [], resolved: ["a", "b"], sendResolved: false) == .send(.allResolved))
        let quiet = NotificationLogEntry(firingAlerts: [], resolvedAlerts: ["a"], sentAt: 0)
        #expect(decide(quiet, firing: [], resolved: ["a", "c"]) == .skip(.resolvedBeforeNotified))
    }

    @Test func newlyResolvedAlertsNeedSendResolved() {
        #expect(decide(sent, firing: ["a"], resolved: ["b"]) == .send(.newResolvedAlerts))
        #expect(decide(sent, firing: ["a"], resolved: ["b"], sendResolved: false) == .skip(.unchanged))
    }

    @Test func unchangedGroupsRepeatAfterTheRepeatInterval() {
        #expect(decide(sent, firing: ["a", "b"], now: 4 * hour) == .skip(.unchanged))
        #expect(decide(sent, firing: ["a", "b"], now: 4 * hour + 1) == .send(.repeatIntervalElapsed))
        #expect(decide(sent, firing: ["a"], sendResolved: false, now: 5 * hour).shouldSend)
    }
}
