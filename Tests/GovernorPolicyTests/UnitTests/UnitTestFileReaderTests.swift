import Foundation
import GovernorCore
import GovernorPolicy
import GovernorQuery
import Testing

@Suite struct UnitTestFileReaderTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

    static func load(_ name: String) -> LoadedUnitTestFile {
        let path = fixtures.appendingPathComponent(name).path
        let text = (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
        return UnitTestLoader().load(text: text, path: path).relativeTo(fixtures.path)
    }

    @Test func readsEveryPromtoolFieldAndGovernorAssertion() throws {
        let loaded = Self.load("governor-format.test.yml")
        #expect(loaded.errors.isEmpty)
        let file = loaded.file
        #expect(file.evaluationInterval == 30_000)
        #expect(file.groupEvaluationOrder == ["second", "first"])
        #expect(loaded.ruleGroups.map(\.name) == ["first", "second"])
        let group = try #require(file.groups.first)
        #expect(group.name == "everything")
        #expect(group.interval == 30_000)
        #expect(group.externalLabels == ["region": "eu"])
        let series = try #require(group.inputSeries.first)
        #expect(series.labels == ["__name__": "errors_total", "service": "api"] && series.values.count == 4)
        #expect(series.values[0] == 0 && series.values[1] == nil && series.values[2] == 2)
        #expect(series.values[3].map(StaleMarker.isStale) == true)
        #expect(
            group.alertTests == [
                AlertRuleTest(
                    evalTime: 60_000, alertName: "Errors",
                    expectedAlerts: [
                        ExpectedAlert(labels: ["service": "api"], annotations: ["summary": "api in eu"])
                    ])
            ])
        #expect(
            group.expressionTests.first?.expectedSamples
                == .success([
                    ExpectedSample(labels: ["__name__": "errors_total", "service": "api"], value: 2)
                ]))
        #expect(
            group.assertions == [
                ValueAssertion(
                    subject: .sli(objective: "availability"), evalTime: 3_600_000, expected: 0.999, tolerance: 0.0001),
                ValueAssertion(
                    subject: .burnRate(objective: "availability", window: "1h"), evalTime: 3_600_000, expected: 2),
                ValueAssertion(subject: .complianceIndex, evalTime: 3_600_000, expected: 65),
                ValueAssertion(
                    subject: .breachSeverity(objective: nil), evalTime: 3_600_000, expected: 12.5, tolerance: 0.1),
                ValueAssertion(subject: .breachSeverity(objective: "p95_latency"), evalTime: 3_600_000, expected: 0),
                ValueAssertion(subject: .health(component: "finance"), evalTime: 3_600_000, expected: 1),
                ValueAssertion(subject: .health(component: nil), evalTime: 3_600_000, expected: 2),
            ])
    }

    @Test func reportsEveryProblemWithItsPosition() throws {
        let loaded = Self.load("bad-fields.test.yml")
        let expected = try String(
            contentsOf: Self.fixtures.appendingPathComponent("bad-fields.test.yml.expected"), encoding: .utf8)
        #expect(loaded.errors.joined(separator: "\n") + "\n" == expected)
    }

    @Test func badSeriesNotationFailsOnlyItsGroupAndPointsIntoTheYAML() throws {
        let text = """
            tests:
              - input_series:
                  - series: 'up{job="a"'
                    values: 1
              - name: fine
            """
        let loaded = UnitTestLoader().load(text: text, path: "t.yml")
        #expect(loaded.errors.isEmpty)
        let broken = try #require(loaded.file.groups.first?.setupError)
        // The label set never closes, so the notation breaks where the value starts, as in promtool ('0' at 1:48).
        #expect(broken.hasPrefix("t.yml:4:17: error: "), "\(broken)")
        #expect(loaded.file.groups.last?.setupError == nil)
    }

    @Test func expectedSampleLabelsThatAreNotAMetricFailThatTest() throws {
        let text = """
            tests:
              - promql_expr_test:
                  - expr: up
                    exp_samples:
                      - labels: 'up{'
            """
        let loaded = UnitTestLoader().load(text: text, path: "t.yml")
        guard case .failure(let error)? = loaded.file.groups.first?.expressionTests.first?.expectedSamples else {
            Issue.record("expected a labels error")
            return
        }
        #expect(error.message.hasPrefix("labels \"up{\": 1:"))
    }

    @Test func ruleFilesAsTestFilesAreRejected() {
        let loaded = UnitTestLoader().load(text: "groups: []\n", path: "rules.yml")
        #expect(loaded.errors == ["rules.yml:1:1: error: unknown field 'groups' in unit test file"])
    }

    @Test func missingFileIsAnError() {
        let loaded = UnitTestLoader().load(path: "/nonexistent/x.test.yml")
        #expect(loaded.errors == ["open /nonexistent/x.test.yml: no such file or directory"])
    }

    @Test func unmatchedRuleFilePatternWarnsAsPromtoolDoes() {
        let loaded = UnitTestLoader().load(text: "rule_files: [nothing-*.yml]\n", path: "/tmp/t.yml")
        #expect(loaded.errors.isEmpty)
        #expect(loaded.warnings == ["no file match pattern /tmp/nothing-*.yml"])
    }
}

extension LoadedUnitTestFile {
    /// Errors with the fixture directory stripped, so expectations read like the fixture's own name.
    fileprivate func relativeTo(_ directory: String) -> LoadedUnitTestFile {
        var copy = self
        copy.errors = errors.map { $0.replacingOccurrences(of: directory + "/", with: "") }
        return copy
    }
}
