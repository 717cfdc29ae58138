import GovernorCore
import GovernorQuery
import Testing

@Suite struct UnitTestRunnerTests {
    static let minute: Int64 = 60_000

    static func series(_ name: String, _ values: [Double?], labels: [String: String] = [:]) -> UnitTestSeries {
        var all = labels
        all["__name__"] = name
        return UnitTestSeries(labels: Labels(all), values: values)
    }

    static func expression(_ text: String, at time: Int64, _ samples: [ExpectedSample]) -> ExpressionTest {
        ExpressionTest(expression: text, evalTime: time, expectedSamples: .success(samples))
    }

    @Test func groupEvalOrderRunsNamedGroupsFirst() throws {
        // `second` reads what `first` records at the same tick only when it runs after it.
        let first = TestPolicies.group("first", [try TestPolicies.record("a", "vector(1)", line: 1)])
        let second = TestPolicies.group("second", [try TestPolicies.record("b", "a", line: 2)])
        let check = Self.expression("timestamp(b)", at: 0, [ExpectedSample(labels: Labels(), value: 0)])
        let group = UnitTestGroup(expressionTests: [check])
        let inFileOrder = UnitTestRunner().run(
            UnitTestFile(path: "t", groups: [group]), ruleGroups: [first, second])
        let reversed = UnitTestRunner().run(
            UnitTestFile(path: "t", groupEvaluationOrder: ["second"], groups: [group]), ruleGroups: [first, second])
        #expect(inFileOrder.passed)
        #expect(!reversed.passed)
    }

    @Test func repeatedGroupInEvalOrderIsAFileError() {
        let result = UnitTestRunner().run(
            UnitTestFile(path: "t", groupEvaluationOrder: ["a", "a"], groups: [UnitTestGroup()]), ruleGroups: [])
        #expect(result.errors == ["group name repeated in evaluation order: a"])
    }

    @Test func withoutAnIntervalEveryValueLandsAtZeroAndTheFirstCounts() {
        // promtool loads with `load 0s`: the samples share time 0 and the later ones are dropped.
        let group = UnitTestGroup(
            inputSeries: [Self.series("a", [0, 1, 2])],
            expressionTests: [
                Self.expression("a", at: 2 * Self.minute, [ExpectedSample(labels: ["__name__": "a"], value: 0)])
            ])
        #expect(UnitTestRunner().run(UnitTestFile(path: "t", groups: [group]), ruleGroups: []).passed)
    }

    @Test func samplesAfterTheLastTickAreNotLoaded() {
        // The last tick is 1m; the sample at 1m30s is never loaded, so the query at 1m30s sees the one at 1m.
        let group = UnitTestGroup(
            interval: 30_000, inputSeries: [Self.series("a", [0, 1, 2, 3])],
            expressionTests: [Self.expression("a", at: 90_000, [ExpectedSample(labels: ["__name__": "a"], value: 2)])])
        #expect(UnitTestRunner().run(UnitTestFile(path: "t", groups: [group]), ruleGroups: []).passed)
    }

    @Test func alertFailureReadsLikePromtool() throws {
        let rules = TestPolicies.group(
            "alerts", [try TestPolicies.alert("Down", "up == 0", line: 1, labels: ["severity": "page"])])
        let test = AlertRuleTest(evalTime: 2 * Self.minute, alertName: "Down", expectedAlerts: [])
        let group = UnitTestGroup(
            name: "g", interval: Self.minute, inputSeries: [Self.series("up", [0, 0, 0], labels: ["job": "x"])],
            alertTests: [test])
        let result = UnitTestRunner().run(UnitTestFile(path: "t", groups: [group]), ruleGroups: [rules])
        let message = try #require(result.groups.first?.failures.first?.message)
        #expect(
            message == """
                    name: g,
                    alertname: Down, time: 2m, 
                        exp:[], 
                        got:[
                            0:
                              Labels:{alertname="Down", job="x", severity="page"}
                              Annotations:{}
                            ]
                """)
    }

    @Test func ruleErrorStopsTheGroupWithPromtoolsMessage() throws {
        let rules = TestPolicies.group("r", [try TestPolicies.record("joined", "a + on(k) b", line: 1)])
        let group = UnitTestGroup(
            inputSeries: [
                Self.series("a", [1], labels: ["k": "1"]), Self.series("b", [1], labels: ["k": "1", "x": "1"]),
                Self.series("b", [1], labels: ["k": "1", "x": "2"]),
            ],
            expressionTests: [Self.expression("a", at: 0, [])])
        let result = UnitTestRunner().run(UnitTestFile(path: "t", groups: [group]), ruleGroups: [rules])
        let failures = try #require(result.groups.first?.failures)
        #expect(failures.count == 1)
        #expect(failures.first?.kind == .rule)
        #expect(failures.first?.message.hasPrefix("    rule: joined, time: 0s, err: found duplicate series") == true)
    }

    @Test func assertionsCompareWithinTheTolerance() throws {
        let rules = TestPolicies.group(
            "g", [try TestPolicies.record("governor:compliance_index", "vector(65.4)", line: 1)])
        func run(_ expected: Double, tolerance: Double) -> UnitTestGroupResult? {
            let assertion = ValueAssertion(
                subject: .complianceIndex, evalTime: 0, expected: expected, tolerance: tolerance)
            let file = UnitTestFile(path: "t", groups: [UnitTestGroup(assertions: [assertion])])
            return UnitTestRunner().run(file, ruleGroups: [rules]).groups.first
        }
        #expect(run(65, tolerance: 0.5)?.passed == true)
        let failure = run(65, tolerance: 0.1)?.failures.first
        #expect(
            failure?.message
                == "    compliance_test, time: 0s, query: governor:compliance_index,\n        exp: 65 ± 0.1\n        got: 65.4"
        )
    }

    @Test func healthAssertionNamesTheLevels() throws {
        let rules = TestPolicies.group("g", [try TestPolicies.record("governor:health", "vector(2)", line: 1)])
        let assertion = ValueAssertion(subject: .health(component: nil), evalTime: 0, expected: 0)
        let file = UnitTestFile(path: "t", groups: [UnitTestGroup(assertions: [assertion])])
        let failure = UnitTestRunner().run(file, ruleGroups: [rules]).groups.first?.failures.first
        #expect(failure?.message.hasSuffix("exp: green\n        got: red") == true)
    }

    @Test func missingSeriesIsAFailureNotACrash() {
        let assertion = ValueAssertion(subject: .sli(objective: "nope"), evalTime: 0, expected: 1)
        let file = UnitTestFile(path: "t", groups: [UnitTestGroup(assertions: [assertion])])
        let failure = UnitTestRunner().run(file, ruleGroups: []).groups.first?.failures.first
        #expect(failure?.message.contains("found no series") == true)
    }

    @Test func textReportMatchesPromtoolsLayout() {
        let passed = UnitTestFileResult(path: "a.yml", groups: [UnitTestGroupResult(name: "")])
        #expect(passed.text() == "Unit Testing:  a.yml\n  SUCCESS\n\n")
        let failed = UnitTestFileResult(path: "b.yml", errors: ["boom"])
        #expect(failed.text() == "Unit Testing:  b.yml\n  FAILED:\nboom\n\n\n")
    }

    @Test func junitHasOneTestCasePerGroup() {
        let failure = UnitTestFailure(kind: .expression, subject: "up", time: 0, message: "    expr: \"up\" <bad>")
        let result = UnitTestFileResult(
            path: "a.yml",
            groups: [UnitTestGroupResult(name: "ok"), UnitTestGroupResult(name: "", failures: [failure])])
        let xml = UnitTestJUnitReport.xml([result])
        #expect(xml.contains(#"<testsuite name="a.yml" tests="2" failures="1">"#))
        #expect(xml.contains(#"<testcase name="ok" classname="a.yml"/>"#))
        #expect(xml.contains(#"<failure message="expr: &quot;up&quot; &lt;bad&gt;">"#))
        #expect(xml.contains(#"<testcase name="tests[1]""#))
    }
}
