import GovernorSources
import Testing

@Suite struct SimulatorScenarioTests {
    @Test func everyScenarioHasAName() throws {
        #expect(
            SimulatorScenario.allCases.map(\.rawValue) == [
                "normal", "payment-outage", "latency-regression", "security-flood", "slow-burn", "disk-filling",
                "scheduler-dead",
            ])
        for scenario in SimulatorScenario.allCases {
            #expect(try SimulatorScenario.named(scenario.rawValue) == scenario)
            #expect(!scenario.summary.isEmpty)
            #expect(scenario.alerts.isEmpty == (scenario == .normal))
        }
    }

    @Test func anUnknownNameListsTheScenariosAndSuggestsTheClosest() {
        #expect(throws: SimulatorError.self) { try SimulatorScenario.named("payment-outag") }
        do {
            _ = try SimulatorScenario.named("payment-outag")
        } catch {
            #expect(error.description.hasPrefix("unknown scenario 'payment-outag' (did you mean 'payment-outage'?);"))
            #expect(error.description.hasSuffix("scheduler-dead"))
        }
    }

    @Test func aNameNothingResemblesGetsNoSuggestion() {
        do {
            _ = try SimulatorScenario.named("meltdown")
            Issue.record("meltdown is not a scenario")
        } catch {
            #expect(
                error.description
                    == "unknown scenario 'meltdown'; the scenarios are: normal, payment-outage, latency-regression, "
                    + "security-flood, slow-burn, disk-filling, scheduler-dead")
        }
    }
}
