import GovernorCore
import GovernorQuery
import Testing

private func matchers(_ text: String) -> [LabelMatcher] { try! AlertmanagerMatchers.parseList(text) }

@Suite struct InhibitRuleTests {
    private let rule = InhibitRule(
        sourceMatchers: matchers("severity=critical"), targetMatchers: matchers("severity=warning"),
        equal: ["cluster"])

    @Test func aFiringSourceWithEqualLabelsInhibitsTheTarget() {
        let target: Labels = ["severity": "warning", "cluster": "eu"]
        #expect(rule.inhibitor(of: target, amongFiring: [["severity": "critical", "cluster": "eu"]]) != nil)
        #expect(rule.inhibitor(of: target, amongFiring: [["severity": "critical", "cluster": "us"]]) == nil)
        #expect(rule.inhibitor(of: target, amongFiring: [["severity": "info", "cluster": "eu"]]) == nil)
    }

    @Test func aLabelBothAlertsLackCountsAsEqual() {
        #expect(rule.inhibitor(of: ["severity": "warning"], amongFiring: [["severity": "critical"]]) != nil)
        #expect(
            rule.inhibitor(of: ["severity": "warning"], amongFiring: [["severity": "critical", "cluster": "eu"]]) == nil
        )
    }

    @Test func onlyTargetsAreInhibited() {
        #expect(rule.inhibitor(of: ["severity": "critical"], amongFiring: [["severity": "critical"]]) == nil)
    }

    @Test func anAlertNeverInhibitsItself() {
        // Both sides match every alert of this name: without the exclusion each would mute itself.
        let symmetric = InhibitRule(
            sourceMatchers: matchers("alertname=Down"), targetMatchers: matchers("alertname=Down"), equal: [])
        let alert: Labels = ["alertname": "Down", "instance": "a"]
        #expect(symmetric.inhibitor(of: alert, amongFiring: [alert]) == nil)
        #expect(symmetric.inhibitor(of: alert, amongFiring: [["alertname": "Down", "instance": "b"]]) == nil)
    }

    @Test func aSourceThatIsNotATargetStillInhibitsATargetThatIsASource() {
        let rule = InhibitRule(
            sourceMatchers: matchers("team=db"), targetMatchers: matchers("severity=warning"), equal: [])
        let target: Labels = ["team": "db", "severity": "warning"]
        #expect(rule.inhibitor(of: target, amongFiring: [["team": "db", "severity": "critical"]]) != nil)
        #expect([rule].inhibits(target, amongFiring: [["team": "db", "severity": "warning", "x": "1"]]) == false)
    }
}
