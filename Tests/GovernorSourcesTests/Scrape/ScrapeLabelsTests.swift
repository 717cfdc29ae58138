import GovernorQuery
import GovernorSources
import Testing

@Suite struct ScrapeLabelsTests {
    @Test func targetLabelsAreAdded() {
        let target: Labels = ["job": "node", "instance": "host:9100"]
        #expect(
            ScrapeLabels.attach(target, to: ["__name__": "node_load1"])
                == ["__name__": "node_load1", "job": "node", "instance": "host:9100"])
    }

    @Test func clashingScrapedLabelsBecomeExported() {
        let target: Labels = ["job": "federate", "instance": "a:1"]
        let scraped: Labels = ["__name__": "up", "job": "api", "instance": "b:2", "exported_instance": "c:3"]
        #expect(
            ScrapeLabels.attach(target, to: scraped)
                == [
                    "__name__": "up", "job": "federate", "instance": "a:1", "exported_job": "api",
                    "exported_instance": "c:3", "exported_exported_instance": "b:2",
                ])
    }
}
