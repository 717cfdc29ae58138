import GovernorCore
import GovernorQuery
import Testing

/// Each kind of routing case through `UnitTestRunner`, passing and failing, with the exact failure text.
@Suite struct RoutingCheckTests {
    static let here = SourceLocation(file: "routing.test.yaml", line: 7, column: 9)

    /// Root `log` (30s/5m/4h); a `continue` child for pages to `pager` (10s); a `db` child muted at night.
    static let configuration: AlertingConfiguration = {
        let pages = RouteDefinition(
            receiver: "pager", matchers: try! AlertmanagerMatchers.parseList(#"severity="critical""#),
            continueMatching: true, groupWait: 10_000)
        let database = RouteDefinition(
            receiver: "db", matchers: try! AlertmanagerMatchers.parseList(#"service="db""#),
            muteTimeIntervals: ["night"])
        let root = RouteDefinition(
            receiver: "log", groupBy: .labels(["alertname"]), routes: [pages, database])
        let inhibit = InhibitRule(
            sourceMatchers: try! AlertmanagerMatchers.parseList(#"severity="critical""#),
            targetMatchers: try! AlertmanagerMatchers.parseList(#"severity="warning""#), equal: ["service"])
        let silence = Silence(
            id: "db-upgrade", matchers: try! AlertmanagerMatchers.parseList(#"service="db""#), startsAt: 1_000,
            endsAt: 2_000, comment: "upgrade", createdBy: "ops")
        return AlertingConfiguration(
            route: Route(root), inhibitRules: [inhibit],
            timeIntervals: ["night": [TimeInterval(times: [0..<360])]], silences: [silence])
    }()

    static func run(_ tests: RoutingTests) -> [String] {
        let file = UnitTestFile(
            path: "routing.test.yaml", groups: [UnitTestGroup(name: "routing", routingTests: tests)],
            alertingConfiguration: configuration)
        let result = UnitTestRunner().run(file, ruleGroups: [])
        #expect(result.groups.first?.checks == tests.count)
        return result.messages
    }

    @Test func routeTestComparesReceiversInOrderAndTimings() {
        let critical: Labels = ["alertname": "Down", "severity": "critical", "service": "db"]
        let passing = RouteTest(
            labels: critical, receivers: ["pager", "db"], groupBy: .labels(["alertname"]),
            groupWait: [10_000, 30_000], repeatInterval: [14_400_000], location: Self.here)
        #expect(Self.run(RoutingTests(routeTests: [passing])).isEmpty)

        let failing = RouteTest(labels: critical, receivers: ["db", "pager"], groupWait: [10_000], location: Self.here)
        #expect(
            Self.run(RoutingTests(routeTests: [failing])) == [
                """
                    routing.test.yaml:7:9: route_test, labels: {alertname="Down", service="db", severity="critical"}
                        receivers: exp: [db, pager], got: [pager, db]
                        group_wait: exp: 10s, got: [10s, 30s]
                """
            ])
    }

    @Test func inhibitTestUsesTheInhibitRules() {
        let firing: [Labels] = [["severity": "critical", "service": "db"]]
        let cases = [
            InhibitTest(
                firing: firing, alert: ["severity": "warning", "service": "db"], inhibited: true, location: Self.here),
            InhibitTest(
                firing: firing, alert: ["severity": "warning", "service": "api"], inhibited: false, location: Self.here),
        ]
        #expect(Self.run(RoutingTests(inhibitTests: cases)).isEmpty)
        let wrong = InhibitTest(firing: [], alert: ["severity": "warning"], inhibited: true, location: Self.here)
        #expect(
            Self.run(RoutingTests(inhibitTests: [wrong])) == [
                "    routing.test.yaml:7:9: inhibit_test, labels: {severity=\"warning\"}\n"
                    + "        inhibited: exp: true, got: false"
            ])
    }

    @Test func silenceTestNamesTheSilences() {
        let db: Labels = ["service": "db"]
        let cases = [
            SilenceTest(at: 1_500, alert: db, expectation: .silencedBy(["db-upgrade"]), location: Self.here),
            SilenceTest(at: 2_001, alert: db, expectation: .silenced(false), location: Self.here),
            SilenceTest(at: 1_500, alert: ["service": "api"], expectation: .silencedBy([]), location: Self.here),
        ]
        #expect(Self.run(RoutingTests(silenceTests: cases)).isEmpty)
        let wrong = SilenceTest(at: 1_500, alert: db, expectation: .silenced(false), location: Self.here)
        #expect(
            Self.run(RoutingTests(silenceTests: [wrong])) == [
                "    routing.test.yaml:7:9: silence_test, labels: {service=\"db\"}\n"
                    + "        silenced: exp: false, got: true (by [db-upgrade])"
            ])
    }

    @Test func mutedTestNeedsEveryReachedRouteMuted() {
        let db: Labels = ["service": "db"]
        let threeAM: Int64 = 3 * 3_600_000
        let noon: Int64 = 12 * 3_600_000
        let cases = [
            MutedTest(at: threeAM, alert: db, muted: true, location: Self.here),
            MutedTest(at: noon, alert: db, muted: false, location: Self.here),
            // The pager route has no interval, so a critical db alert still goes out at night.
            MutedTest(
                at: threeAM, alert: ["service": "db", "severity": "critical"], muted: false, location: Self.here),
        ]
        #expect(Self.run(RoutingTests(mutedTests: cases)).isEmpty)
        let wrong = MutedTest(at: noon, alert: db, muted: true, location: Self.here)
        #expect(
            Self.run(RoutingTests(mutedTests: [wrong])) == [
                "    routing.test.yaml:7:9: muted_test, labels: {service=\"db\"}\n"
                    + "        muted: exp: true, got: false [db: sends]"
            ])
    }

    @Test func withoutConfigurationRoutingTestsDoNotRun() {
        let test = RouteTest(labels: [:], receivers: ["nobody"], location: Self.here)
        let file = UnitTestFile(path: "f", groups: [UnitTestGroup(routingTests: RoutingTests(routeTests: [test]))])
        #expect(UnitTestRunner().run(file, ruleGroups: []).passed)
    }
}
