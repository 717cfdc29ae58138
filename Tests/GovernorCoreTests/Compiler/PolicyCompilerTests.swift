import GovernorCore
import GovernorQuery
import Testing

@Suite struct PolicyCompilerTests {
    typealias T = TestPolicies

    @Test func compilesObjectivesAndGovernanceWithoutCyclesOrTypeErrors() {
        let set = PolicySet(
            objectives: [T.availability()],
            compliance: ComplianceIndexDefinition(
                weights: [.init(objective: "availability", weight: 40, location: T.at(40))], alertBelow: 70,
                location: T.at(39)),
            breach: BreachSeverityDefinition(alertAbove: 10, location: T.at(42)),
            sourceSeries: ["http_requests_total"])
        let compiled = PolicyCompiler().compile(set)
        #expect(compiled.diagnostics.isEmpty)
        #expect(compiled.groups.map(\.name) == ["governor-slo-api-availability", "governor-governance"])
        #expect(compiled.summary.objectives == 1)
        #expect(compiled.summary.rules == compiled.groups.flatMap(\.rules).count)
        #expect(compiled.summary.nodes == compiled.graph.nodes.count)
        let governance = compiled.groups[1].rules
        #expect(
            governance.first { $0.kind.name == "governor:compliance_index" }?.expr.text
                == #"(40 * sum(governor:compliance_index:score{objective="availability"})) / 40"#)
        #expect(
            governance.first { $0.kind.name == "governor:breach_severity:percent" }?.expr.text
                == #"clamp_min((0.999 - (slo:sli:ratio{objective="availability", service="api"})) / 0.999, 0) * 100"#)
        #expect(
            governance.first { $0.kind.name == "governor:compliance_index:score" }?.expr.text
                == "clamp_min(100 - 5 * governor:breach_severity:percent, 0)",
            "5 points per percent of severity by default")
        #expect(governance.contains { $0.kind == .alert("GovernorComplianceBelowThreshold") })
        #expect(
            governance.first { $0.kind == .alert("GovernorBreachSeverityHigh") }?.expr.text
                == "governor:breach_severity:max_percent > 10")
    }

    @Test func penaltyPerPercentScalesTheScore() {
        let set = PolicySet(
            objectives: [T.availability()],
            compliance: ComplianceIndexDefinition(
                weights: [.init(objective: "availability", weight: 1, location: T.at(40))], alertBelow: nil,
                penaltyPerPercent: 2.5, location: T.at(39)),
            sourceSeries: ["http_requests_total"])
        let governance = PolicyCompiler().compile(set).groups.last?.rules ?? []
        #expect(
            governance.first { $0.kind.name == "governor:compliance_index:score" }?.expr.text
                == "clamp_min(100 - 2.5 * governor:breach_severity:percent, 0)")
    }

    @Test func unknownObjectiveInWeightsIsReportedAtTheWeight() {
        let set = PolicySet(
            objectives: [T.availability()],
            compliance: ComplianceIndexDefinition(
                weights: [.init(objective: "availabilty", weight: 1, location: T.at(41))], alertBelow: nil,
                location: T.at(39)),
            sourceSeries: ["http_requests_total"])
        #expect(
            PolicyCompiler().compile(set).diagnostics.map(\.description) == [
                "test.yaml:41:3: error: compliance weight names unknown objective 'availabilty'\n"
                    + "  hint: known objectives: availability"
            ])
    }

    @Test func typeErrorsPointAtTheExpression() throws {
        let group = T.group(
            "g", [try T.record("r", "m[5m]", line: 2), try T.alert("A", "1", line: 3)])
        let compiled = PolicyCompiler().compile(PolicySet(groups: [group], sourceSeries: ["m"]))
        #expect(
            compiled.diagnostics.map(\.description) == [
                "test.yaml:2:11: error: recording rule 'r' must have an instant vector or scalar expression, got range vector",
                "test.yaml:3:11: error: alert 'A' must have an instant vector expression, got scalar",
            ])
    }

    @Test func duplicateRulesInAGroupAreErrorsAndOverlapsAcrossGroupsWarnings() throws {
        let groups = [
            T.group("g", [try T.record("r", "m", line: 2), try T.record("r", "m * 2", line: 3)]),
            T.group("h", line: 5, [try T.record("r", "m", line: 6, labels: ["team": "x"])]),
        ]
        let compiled = PolicyCompiler().compile(PolicySet(groups: groups, sourceSeries: ["m"]))
        #expect(
            compiled.diagnostics.map(\.description) == [
                "test.yaml:3:3: error: duplicate recording rule 'r' in group 'g', first defined at test.yaml:2:3\n"
                    + "  hint: rename one of them, or give them different labels",
                "test.yaml:6:3: warning: series 'r' is also recorded in group 'g' at test.yaml:2:3 with overlapping labels\n"
                    + "  hint: give the two rules a label with different values so their series stay apart",
            ])
    }

    @Test func invalidCronScheduleIsReportedAtTheGroup() throws {
        let group = RuleGroupDefinition(
            name: "nightly", schedule: .cron("0 25 * * *"), rules: [try T.record("r", "m", line: 3)], location: T.at(2))
        #expect(
            PolicyCompiler().compile(PolicySet(groups: [group], sourceSeries: ["m"])).diagnostics.map(\.description)
                == ["test.yaml:2:3: error: group 'nightly': hour value 25 is out of range 0-23"])
    }

    @Test func diagnosticsAreSortedByLocation() throws {
        let groups = [T.group("g", [try T.record("b", "zzz", line: 9), try T.record("a", "yyy", line: 4)])]
        let lines = PolicyCompiler().compile(PolicySet(groups: groups)).diagnostics.map(\.location.line)
        #expect(lines == [4, 9])
    }
}
