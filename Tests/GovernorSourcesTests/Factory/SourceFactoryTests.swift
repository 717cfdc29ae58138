import GovernorCore
import GovernorSources
import Testing

@Suite struct SourceFactoryTests {
    @Test func oneSourcePerHostSectionScrapeJobAndTail() {
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
        let sources = SourceFactory(positionStore: InMemoryTailPositionStore()).sources(for: declarations)
        #expect(sources.map(\.name) == ["host", "node", "api", "tail /var/log/a.ndjson"])
        #expect(sources.map(\.interval) == [15_000, 10_000, 30_000, 5_000])
        #expect(sources[0] is HostSource && sources[1] is ScrapeSource && sources[3] is TailSource)
    }

    @Test func noDeclarationsNoSources() {
        #expect(SourceFactory(positionStore: InMemoryTailPositionStore()).sources(for: SourceDeclarations()).isEmpty)
    }
}
