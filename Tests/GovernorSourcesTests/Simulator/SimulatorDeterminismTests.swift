import GovernorQuery
import GovernorSources
import Testing

/// The simulator's promise: samples are a pure function of (scenario, seed, start, interval, time).
@Suite struct SimulatorDeterminismTests {
    let start = Simulator.defaultStart
    let twoHours: Int64 = 2 * 3_600_000

    @Test(arguments: SimulatorScenario.allCases)
    func sameParametersGiveIdenticalSamples(scenario: SimulatorScenario) {
        let first = Simulator(scenario: scenario, seed: 9, start: start)
        let second = Simulator(scenario: scenario, seed: 9, start: start)
        for time in first.instants(through: twoHours) {
            #expect(first.samples(at: time) == second.samples(at: time))
        }
    }

    @Test func aRestartedInstanceAgreesWithTheOneThatRanBefore() async {
        let running = Simulator(scenario: .paymentOutage, start: start)
        var before: [Timestamp: [VectorSample]] = [:]
        for time in running.instants(through: twoHours) {
            before[time] = await running.collect(at: time).samples
        }
        // A new instance keeps no memory of the first: asked in reverse order, it still returns the same samples.
        let restarted = Simulator(scenario: .paymentOutage, start: start)
        for time in running.instants(through: twoHours).reversed() {
            #expect(await restarted.collect(at: time).samples == before[time])
        }
    }

    @Test func anotherSeedGivesOtherNoiseOnTheSameIncident() throws {
        let time = start + 45 * 60_000
        let one = Simulator(scenario: .normal, seed: 1, start: start).samples(at: time)
        let two = Simulator(scenario: .normal, seed: 2, start: start).samples(at: time)
        #expect(one.map(\.labels) == two.map(\.labels))
        let requests = Labels([
            "__name__": "http_requests_total", "job": "api", "instance": "api-1:8080", "code": "200",
        ])
        let first = try #require(one.first { $0.labels == requests }?.value)
        let second = try #require(two.first { $0.labels == requests }?.value)
        #expect(first != second)
        // Noise, not a different traffic level: 40 requests a second for 45 minutes, 97% of them 200s.
        for value in [first, second] { #expect(abs(value - 40 * 2_700 * 0.9698) < 200) }
        // Series without noise do not change with the seed.
        #expect(one.filter { $0.labels.metricName == "up" } == two.filter { $0.labels.metricName == "up" })
    }

    @Test func nothingBeforeTheStart() {
        let simulator = Simulator(scenario: .normal, start: start)
        #expect(simulator.samples(at: start - 1).isEmpty)
        #expect(!simulator.samples(at: start).isEmpty)
    }

    @Test func instantsRunFromTheStartThroughTheDurationEveryInterval() {
        let simulator = Simulator(scenario: .normal, start: start, interval: 15_000)
        let instants = Array(simulator.instants(through: 60_000))
        #expect(instants == [start, start + 15_000, start + 30_000, start + 45_000, start + 60_000])
    }

    @Test func theSourceIsNamedSimulatorAndCollectsEveryTenSeconds() {
        let simulator = Simulator(scenario: .normal)
        #expect(simulator.name == "simulator")
        #expect(simulator.interval == 10_000)
    }
}
