import GovernorQuery
import GovernorSeriesText
import Testing

@testable import GovernorSources

@Suite struct ScrapeTargetStateTests {
    let target: Labels = ["job": "api", "instance": "a:1"]

    func names(_ samples: [VectorSample]) -> [String] {
        samples.map { "\($0.labels.metricName ?? "")=\(StaleMarker.isStale($0.value) ? "stale" : "\($0.value)")" }
    }

    @Test func aSeriesThatDisappearsGetsAStaleMarkerAndAFailureMarksAllStale() throws {
        var state = ScrapeTargetState(targetLabels: target)
        let first = state.scrape("a 1\nb 2\nc 3 1000\n", at: 10_000, durationSeconds: 0.5)
        #expect(
            names(first) == [
                "a=1.0", "b=2.0", "c=3.0", "up=1.0", "scrape_duration_seconds=0.5", "scrape_samples_scraped=3.0",
                "scrape_samples_post_metric_relabeling=3.0", "scrape_series_added=3.0",
            ])
        #expect(first[2].timestamp == 1000)
        #expect(first[0].timestamp == 10_000)

        let second = state.scrape("a 2\n", at: 20_000, durationSeconds: 0.1)
        // b vanished; c carried its own timestamp, so Prometheus (and Governor) leave it alone.
        #expect(Array(names(second).prefix(3)) == ["a=2.0", "b=stale", "up=1.0"])
        #expect(second[1].labels == ["__name__": "b", "job": "api", "instance": "a:1"])
        #expect(second[1].timestamp == 20_000)

        let failed = state.samples(for: .failure(.status(500)), at: 30_000, durationSeconds: 0.1)
        #expect(
            names(failed) == [
                "a=stale", "up=0.0", "scrape_duration_seconds=0.1", "scrape_samples_scraped=0.0",
                "scrape_samples_post_metric_relabeling=0.0", "scrape_series_added=0.0",
            ])
        let back = state.scrape("a 5\n", at: 40_000, durationSeconds: 0.1)
        #expect(Array(names(back).prefix(2)) == ["a=5.0", "up=1.0"])
        #expect(back.last?.value == 1, "a is new again after the failure")
    }

    @Test func aSeriesKeepsOneLabelSetFromScrapeToScrape() throws {
        var state = ScrapeTargetState(targetLabels: target)
        let body = "a{code=\"200\"} 1\nb 2\n"
        let first = state.scrape(body, at: 0, durationSeconds: 0)
        let second = state.scrape(body, at: 15_000, durationSeconds: 0)
        // The store's scrape cache recognises a series by its label set's storage, without comparing labels.
        func storage(_ labels: Labels) -> UInt { unsafeBitCast(labels.pairs, to: UInt.self) }
        #expect(storage(second[0].labels) == storage(first[0].labels))
        #expect(storage(second[1].labels) == storage(first[1].labels))
        #expect(
            names(second) == [
                "a=1.0", "b=2.0", "up=1.0", "scrape_duration_seconds=0.0", "scrape_samples_scraped=2.0",
                "scrape_samples_post_metric_relabeling=2.0", "scrape_series_added=0.0",
            ])
    }

    @Test func aSeriesThatTakesItsOwnTimestampGetsAStaleMarker() throws {
        var state = ScrapeTargetState(targetLabels: target)
        _ = state.scrape("a 1\nb 2\n", at: 0, durationSeconds: 0)
        let second = state.scrape("a 1 5000\nb 2\n", at: 15_000, durationSeconds: 0)
        // As before: the series it was without a timestamp is gone, and one with its own timestamp is left alone.
        #expect(Array(names(second).prefix(3)) == ["a=1.0", "b=2.0", "a=stale"])
        let third = state.scrape("a 1 6000\nb 2\n", at: 30_000, durationSeconds: 0)
        #expect(Array(names(third).prefix(3)) == ["a=1.0", "b=2.0", "up=1.0"])
    }

    @Test func aRepeatedSeriesKeepsItsFirstSample() throws {
        var state = ScrapeTargetState(targetLabels: target)
        let samples = state.scrape("a 1\na 2\n", at: 0, durationSeconds: 0)
        #expect(names(samples).prefix(2) == ["a=1.0", "up=1.0"])
    }

    @Test func twoTextsOfOneSeriesAreOneSeries() {
        var state = ScrapeTargetState(targetLabels: target)
        let samples = state.scrape("a{x=\"1\",y=\"2\"} 1\na{y=\"2\",x=\"1\"} 2\n", at: 0, durationSeconds: 0)
        #expect(names(samples).prefix(2) == ["a=1.0", "up=1.0"])
        #expect(state.seriesCount == 1)
    }

    @Test func seriesNoLongerServedAreForgottenOnceTheyOutnumberTheServed() {
        var state = ScrapeTargetState(targetLabels: target)
        _ = state.scrape("a 1\nb 2\n", at: 0, durationSeconds: 0)
        _ = state.scrape("a 1\nb 2\nc 3\n", at: 15_000, durationSeconds: 0)
        let churned = state.scrape("d 4\n", at: 30_000, durationSeconds: 0)
        #expect(Array(names(churned).prefix(5)) == ["d=4.0", "a=stale", "b=stale", "c=stale", "up=1.0"])
        #expect(state.seriesCount == 1, "a, b and c outnumber d")
        let back = state.scrape("a 5\nd 6\n", at: 45_000, durationSeconds: 0)
        #expect(
            names(back) == [
                "a=5.0", "d=6.0", "up=1.0", "scrape_duration_seconds=0.0", "scrape_samples_scraped=2.0",
                "scrape_samples_post_metric_relabeling=2.0", "scrape_series_added=1.0",
            ])
        let gone = state.scrape("a 7\n", at: 60_000, durationSeconds: 0)
        #expect(Array(names(gone).prefix(3)) == ["a=7.0", "d=stale", "up=1.0"], "d's id survived the renumbering")
    }

    @Test func aMalformedBodyFailsTheScrapeAtItsLine() {
        var state = ScrapeTargetState(targetLabels: target)
        _ = state.scrape("a 1\nb 2\n", at: 0, durationSeconds: 0)
        let outcome = state.read(Array("a 2\nb{x=\"1\" 3\n".utf8))
        guard case .failure(let failure) = outcome else {
            Issue.record("a malformed body was read")
            return
        }
        #expect(
            failure.description
                == "invalid exposition at line 2, column 9: expected \",\" or \"}\" after a label value, found \"3\"")
        let samples = state.samples(for: outcome, at: 15_000, durationSeconds: 0)
        #expect(Array(names(samples).prefix(3)) == ["a=stale", "b=stale", "up=0.0"])
        let back = state.scrape("a 3\nb 4\n", at: 30_000, durationSeconds: 0)
        #expect(names(back).prefix(2) == ["a=3.0", "b=4.0"])
    }
}

extension ScrapeTargetState {
    /// One scrape that served `body`.
    mutating func scrape(_ body: String, at time: Timestamp, durationSeconds: Double) -> [VectorSample] {
        samples(for: read(Array(body.utf8)), at: time, durationSeconds: durationSeconds)
    }
}
