import GovernorCore
import GovernorQuery
import Testing

@Suite struct SilenceTests {
    private let silence = Silence(
        id: "db-maintenance", matchers: try! AlertmanagerMatchers.parseList(#"service="db", severity!="critical""#),
        startsAt: 1_000, endsAt: 2_000, comment: "upgrade", createdBy: "ops")

    @Test func stateFollowsTheWindowWithTheEndIncluded() {
        #expect(silence.state(at: 999) == .pending)
        #expect(silence.state(at: 1_000) == .active)
        #expect(silence.state(at: 2_000) == .active)
        #expect(silence.state(at: 2_001) == .expired)
    }

    @Test func mutesOnlyMatchingAlertsWhileActive() {
        let warning: Labels = ["service": "db", "severity": "warning"]
        #expect(silence.mutes(warning, at: 1_500))
        #expect(!silence.mutes(["service": "db", "severity": "critical"], at: 1_500))
        #expect(!silence.mutes(warning, at: 2_500))
        #expect([silence].silencing(warning, at: 1_500) == ["db-maintenance"])
        #expect([silence].silencing(warning, at: 500).isEmpty)
    }
}
