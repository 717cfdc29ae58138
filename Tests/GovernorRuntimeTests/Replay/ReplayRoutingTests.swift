import GovernorCore
import GovernorQuery
import Testing

@testable import GovernorRuntime

@Suite struct ReplayRoutingTests {
    typealias T = TestPolicies
    static let minute: Int64 = 60_000

    static func policy(warningAbove: Int = 3) throws -> CompiledPolicy {
        let critical = try T.alert("XHigh", "x > 5", line: 3, labels: ["severity": "critical"])
        let warning = try T.alert("XRising", "x > \(warningAbove)", line: 6, labels: ["severity": "warning"])
        var group = T.group("g", [critical, warning])
        group.schedule = .interval(Self.minute)
        return PolicyCompiler().compile(PolicySet(groups: [group], sourceSeries: ["x"]))
    }

    static func configuration(silences: [Silence] = [], inhibitRules: [InhibitRule] = []) throws
        -> AlertingConfiguration
    {
        let pager = RouteDefinition(
            receiver: "pager", matchers: [try LabelMatcher(name: "severity", type: .equal, value: "critical")])
        let root = RouteDefinition(receiver: "log", groupBy: GroupBy.labels(["alertname"]), routes: [pager])
        return AlertingConfiguration(route: Route(root), inhibitRules: inhibitRules, silences: silences)
    }

    static func replay(_ configuration: AlertingConfiguration, warningAbove: Int = 3) throws -> ReplayReport {
        try ReplaySession.run(
            policy: policy(warningAbove: warningAbove), history: ReplaySessionTests.rampingHistory(),
            options: ReplayOptions(from: 0, to: 10 * Self.minute), alerting: configuration)
    }

    @Test func eachNotificationReachesTheReceiversItsLabelsRouteTo() throws {
        let report = try Self.replay(Self.configuration())
        let byAlert = Dictionary(grouping: report.notifications, by: \.alertName)
        #expect(byAlert["XHigh"]?.map(\.receivers) == [["pager"]])
        #expect(byAlert["XRising"]?.map(\.receivers) == [["log"]])
        #expect(byAlert["XHigh"]?.first?.deliveries.first?.groupKey == #"{}/{severity="critical"}:{alertname="XHigh"}"#)
    }

    @Test func silencedAlertsAreRecordedButReachNobody() throws {
        let silence = Silence(
            id: "quiet", matchers: [try LabelMatcher(name: "alertname", type: .equal, value: "XHigh")], startsAt: 0,
            endsAt: 7 * Self.minute, comment: "", createdBy: "")
        let report = try Self.replay(Self.configuration(silences: [silence]))
        let high = report.notifications.filter { $0.alertName == "XHigh" }
        #expect(high.map(\.time) == [6 * Self.minute])
        #expect(high.first?.deliveries.isEmpty == true)
        #expect(high.first?.suppressedBecause == ["silenced by quiet"])
    }

    @Test func anAlertFiringAtTheSameInstantInhibitsItsTargets() throws {
        let rule = InhibitRule(
            sourceMatchers: [try LabelMatcher(name: "severity", type: .equal, value: "critical")],
            targetMatchers: [try LabelMatcher(name: "severity", type: .equal, value: "warning")])
        let report = try Self.replay(Self.configuration(inhibitRules: [rule]), warningAbove: 5)
        let rising = report.notifications.filter { $0.alertName == "XRising" }
        #expect(rising.map(\.time) == [6 * Self.minute])
        #expect(rising.first?.deliveries.isEmpty == true)
        #expect(rising.first?.suppressedBecause == [#"inhibited by {alertname="XHigh", severity="critical"}"#])
        let high = report.notifications.filter { $0.alertName == "XHigh" }
        #expect(high.first?.receivers == ["pager"])
    }
}
