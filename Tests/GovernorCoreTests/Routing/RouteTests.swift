import GovernorCore
import GovernorQuery
import Testing

private func matcher(_ text: String) -> LabelMatcher { try! AlertmanagerMatchers.parse(text) }

@Suite struct RouteTests {
    private let tree = Route(
        RouteDefinition(
            receiver: "default", groupBy: .labels(["alertname"]),
            routes: [
                RouteDefinition(
                    receiver: "pager", matchers: [matcher("severity=critical")], continueMatching: true,
                    groupWait: 10_000),
                RouteDefinition(
                    receiver: "db", matchers: [matcher("service=~\"db|cache\"")], groupBy: .all,
                    routes: [RouteDefinition(matchers: [matcher("env!=prod")], repeatInterval: 3_600_000)]),
                RouteDefinition(receiver: "never", matchers: [matcher("service=db")]),
            ]))

    @Test func firstMatchingChildWinsUnlessItContinues() {
        let receivers = tree.matches(["severity": "critical", "service": "db", "env": "prod"]).map(\.receiver)
        #expect(receivers == ["pager", "db"])
    }

    @Test func theParentMatchesWhenNoChildDoes() {
        #expect(tree.matches(["severity": "info"]).map(\.receiver) == ["default"])
    }

    @Test func aChildWithoutReceiverInheritsItAndTheTimings() throws {
        let matches = tree.matches(["service": "cache", "env": "dev"])
        let match = try #require(matches.first)
        #expect(matches.count == 1)
        #expect(match.receiver == "db")
        #expect(match.options.groupBy == .all)
        #expect(match.options.groupWait == RouteOptions.defaultGroupWait)
        #expect(match.options.groupInterval == RouteOptions.defaultGroupInterval)
        #expect(match.options.repeatInterval == 3_600_000)
        #expect(match.path.map(\.receiver) == ["default", "db", "db"])
    }

    @Test func continueDoesNotLeakTimingsIntoSiblings() {
        let matches = tree.matches(["severity": "critical", "service": "db"])
        #expect(matches.map(\.options.groupWait) == [10_000, RouteOptions.defaultGroupWait])
    }

    @Test func groupKeysUseAlertmanagersFormat() throws {
        let pager = try #require(tree.matches(["severity": "critical", "alertname": "X"]).first)
        #expect(
            pager.groupKey(for: ["severity": "critical", "alertname": "X"])
                == #"{}/{severity="critical"}:{alertname="X"}"#)
        let db = try #require(tree.matches(["service": "db", "env": "prod", "alertname": "Y"]).first)
        #expect(
            db.groupKey(for: ["service": "db", "env": "prod", "alertname": "Y"])
                == #"{}/{service=~"db|cache"}:{alertname="Y", env="prod", service="db"}"#)
    }

    @Test func matchersAreSortedInTheKeyByNameValueThenType() {
        let route = Route(
            RouteDefinition(
                receiver: "r",
                routes: [RouteDefinition(matchers: [matcher("b=1"), matcher("a!=2"), matcher("a=2")])]))
        #expect(route.routes[0].key == #"{}/{a="2",a!="2",b="1"}"#)
    }

    @Test func aMissingLabelMatchesTheEmptyString() {
        let route = Route(
            RouteDefinition(
                receiver: "root", routes: [RouteDefinition(receiver: "empty", matchers: [matcher("team=\"\"")])]))
        #expect(route.matches(["alertname": "X"]).map(\.receiver) == ["empty"])
        #expect(route.matches(["team": "a"]).map(\.receiver) == ["root"])
    }
}
