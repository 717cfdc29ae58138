import GovernorCore
import GovernorSources
import Testing

@Suite struct SourceFactoryTests {
    @Test func theSimulatorThenOneSourcePerHostSectionScrapeJobAndTail() throws {
        let declarations = SourceDeclarations(
            host: HostSourceDeclaration(interval: 15_000, location: testLocation),
            scrapes: [
                scrapeJob("node", targets: ["a:9100", "b:9100"]), scrapeJob("api", targets: ["c:80"], interval: 30_000),
            ],
            tails: [
                TailDeclaration(
                    path: "/var/log/a.ndjson", metric: "a_total", mapping: .count(1), interval: 5_000,
                    location: testLocation)
            ],
            simulator: SimulatorDeclaration(scenario: "normal", location: testLocation))
        let sources = try SourceFactory(positionStore: InMemoryTailPositionStore()).sources(
            for: declarations, simulatorStart: 60_000)
        #expect(sources.map(\.name) == ["simulator", "host", "node", "api", "tail /var/log/a.ndjson"])
        #expect(sources.map(\.interval) == [10_000, 15_000, 10_000, 30_000, 5_000])
        #expect((sources[0] as? Simulator)?.start == 60_000)
        #expect(sources[1] is HostSource && sources[2] is ScrapeSource && sources[4] is TailSource)
    }

    @Test func anUnknownScenarioIsAnErrorThatNamesTheClosest() {
        let declarations = SourceDeclarations(
            simulator: SimulatorDeclaration(scenario: "payment-outag", location: testLocation))
        #expect(throws: SimulatorError.self) {
            try SourceFactory(positionStore: InMemoryTailPositionStore()).sources(for: declarations)
        }
    }

    @Test func noDeclarationsNoSources() throws {
        #expect(
            try SourceFactory(positionStore: InMemoryTailPositionStore()).sources(for: SourceDeclarations()).isEmpty)
    }
}
