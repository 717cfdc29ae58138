import Foundation
import GovernorCore
import GovernorPolicy
import Testing

@Suite struct SourceDeclarationTests {
    func load(_ names: String...) -> LoadResult {
        PolicyLoader().load(paths: names.map { TestPaths.fixtures.appendingPathComponent("sources/\($0)").path })
    }

    @Test func everySourceIsReadIntoThePolicySet() throws {
        let result = load("sources.good.yaml")
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
        let sources = result.policySet.sources
        #expect(sources.host?.interval == 15_000)
        #expect(sources.host?.procRoot == "/host/proc")
        #expect(sources.host?.location.line == 3)

        #expect(sources.scrapes.map(\.job) == ["node", "api"])
        let node = try #require(sources.scrapes.first)
        #expect(node.targets == ["localhost:9100", "[::1]:9100"])
        #expect(node.interval == 10_000 && node.timeout == 10_000)
        #expect(node.path == "/metrics" && node.scheme == "http" && node.labels.isEmpty)
        let api = sources.scrapes[1]
        #expect(api.interval == 30_000 && api.timeout == 5_000)
        #expect(api.path == "/internal/metrics" && api.scheme == "https" && api.labels == ["team": "payments"])

        #expect(sources.tails.count == 2)
        #expect(sources.tails[0].metric == "security_alerts_total")
        #expect(sources.tails[0].labels == ["severity": "severity", "scanner": "source.name"])
        #expect(sources.tails[0].mapping == .count(1))
        #expect(sources.tails[0].interval == 10_000)
        #expect(sources.tails[1].mapping == .value(field: "amount"))
        #expect(sources.tails[1].interval == 60_000)

        #expect(sources.simulator?.scenario == "payment-outage")
        #expect(sources.simulator?.seed == 42)
        #expect(sources.simulator?.interval == 5_000)
        // A tail's metric is a series the sources provide, like those listed under `series`.
        #expect(
            result.policySet.sourceSeries == ["http_requests_total", "security_alerts_total", "payment_amount"])
    }

    @Test func aGroupMayNameItsQueryBackend() {
        let groups = load("sources.good.yaml").policySet.groups
        #expect(groups.map(\.backend) == ["https://thanos-query.internal:10902/prefix"])
    }

    @Test func aJobNameUsedInTwoFilesIsADuplicate() {
        let result = load("sources.good.yaml", "another-node-job.yaml")
        let messages = result.diagnostics.map(\.description)
        let directory = TestPaths.fixtures.appendingPathComponent("sources").path
        #expect(
            messages == [
                "\(directory)/sources.good.yaml:5:5: error: duplicate scrape job 'node'\n  hint: the first one is at "
                    + "\(directory)/another-node-job.yaml:3:5"
            ])
    }

    @Test func theShippedSourcesRunTheHostAndSimulatorOnAFreshMachine() {
        let result = PolicyLoader().load(paths: [TestPaths.packageRoot.appendingPathComponent("policies").path])
        #expect(result.diagnostics.filter { $0.severity == .error }.isEmpty)
        let sources = result.policySet.sources
        #expect(sources.host == HostSourceDeclaration(interval: 10_000, location: sources.host!.location))
        #expect(sources.simulator?.scenario == "normal")
        #expect(sources.scrapes.isEmpty && sources.tails.isEmpty, "scrape and tail examples ship commented out")
    }
}
