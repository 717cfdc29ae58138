import GovernorCore
import GovernorQuery
import Testing

@testable import GovernorRuntime

@Suite struct AlertExplainerTests {
    typealias T = TestPolicies
    static let minute: Int64 = 60_000

    static func session(forDuration: Int64, clear: String? = nil) throws -> ReplaySession {
        var alert = try T.alert("YHigh", "y > 10", line: 3, labels: ["severity": "critical"])
        alert.forDuration = forDuration
        alert.clear = try clear.map { try T.expression($0, line: 4) }
        var alerts = T.group("alerts", [alert])
        alerts.schedule = .interval(Self.minute)
        var records = T.group("records", line: 10, [try T.record("y", "x * 2", line: 12)])
        records.schedule = .interval(Self.minute)
        let policy = PolicyCompiler().compile(PolicySet(groups: [alerts, records], sourceSeries: ["x"]))
        return try ReplaySession(
            policy: policy, history: ReplaySessionTests.rampingHistory(),
            options: ReplayOptions(from: 0, to: 20 * Self.minute))
    }

    @Test func pendingAlertShowsWhenItWillFireAndTheMeasuredValue() throws {
        let explanations = try AlertExplainer().explain(
            "YHigh", at: 7 * Self.minute + 30_000, session: Self.session(forDuration: 5 * Self.minute))
        #expect(explanations.count == 1)
        let explanation = try #require(explanations.first)
        #expect(explanation.verdict == .pending)
        #expect(explanation.lastEvaluation == 7 * Self.minute)
        #expect(explanation.threshold?.text == "> 10")
        #expect(explanation.threshold?.measured.description == "y")
        // y was recorded as 14 at minute 7, still the latest within the lookback at 7m30s.
        #expect(explanation.measured.map(\.value) == [14])
        #expect(explanation.instances.first?.alert.activeAt == 6 * Self.minute)
        #expect(explanation.instances.first?.firesAt == 11 * Self.minute)
        #expect(explanation.path.map(\.node.name) == ["YHigh", "y", "x"])
        #expect(explanation.path.map(\.depth) == [0, 1, 2])
        #expect(explanation.path[1].values.map(\.value) == [14])
    }

    @Test func firingAlertReportsWhetherItsClearConditionHolds() throws {
        let explanation = try #require(
            try AlertExplainer().explain(
                "YHigh", at: 12 * Self.minute, session: Self.session(forDuration: 0, clear: "y < 30")
            ).first)
        #expect(explanation.verdict == .firing)
        #expect(explanation.instances.first?.clearHolds == true)
        let later = try #require(
            try AlertExplainer().explain(
                "YHigh", at: 16 * Self.minute, session: Self.session(forDuration: 0, clear: "y < 30")
            ).first)
        #expect(later.instances.first?.clearHolds == false)
    }

    @Test func anUnknownAlertNamesTheKnownOnes() throws {
        #expect(throws: RuntimeError("no alerting rule named Nope; the policies define YHigh")) {
            try AlertExplainer().explain("Nope", at: 0, session: Self.session(forDuration: 0))
        }
    }
}
