import GovernorQuery
import GovernorSources
import GovernorTestSupport
import Testing

/// A loopback target that misbehaves in every way a real one does, one scrape at a time, then recovers.
@Suite struct ScrapeSourceFailureTests {
    static let good = "# TYPE requests_total counter\nrequests_total{code=\"200\"} 7\n"

    func value(_ name: String, in batch: SourceBatch) -> Double? {
        batch.samples.first { $0.labels.metricName == name }?.value
    }

    @Test func everyFailureGivesUpZeroAndAPreciseErrorThenSeriesComeBack() async throws {
        let server = try LoopbackHTTPServer { _, index in
            switch index {
            case 0: .respond(status: 200, headers: ["Content-Type": "text/plain"], body: Self.good)
            case 1: .respond(status: 200, headers: ["Content-Type": "text/html"], body: "<html>oops</html>")
            case 2:
                .respond(
                    status: 200, headers: ["Content-Type": "text/plain"],
                    body: Self.good + "requests_total{code=\"500\" 3\n")
            case 3: .stall(seconds: 120)
            case 4: .respond(status: 500, body: "boom")
            default: .respond(status: 200, headers: ["Content-Type": "text/plain"], body: Self.good)
            }
        }
        defer { server.stop() }
        let target = "127.0.0.1:\(server.port)"
        let source = ScrapeSource(scrapeJob("api", targets: [target], timeout: 1_000))

        let healthy = await source.collect(at: 10_000)
        #expect(healthy.error == nil)
        #expect(value("up", in: healthy) == 1)
        let requests = try #require(healthy.samples.first { $0.labels.metricName == "requests_total" })
        #expect(requests.labels == ["__name__": "requests_total", "code": "200", "job": "api", "instance": target])
        #expect(requests.timestamp == 10_000)

        let expectedErrors = [
            "\(target): invalid exposition at line 1, column 1: expected a metric name or a comment at the start of a line, found \"<\"",
            "\(target): invalid exposition at line 3, column 27: expected \",\" or \"}\" after a label value, found \"3\"",
            "\(target): GET http://\(target)/metrics: no complete answer within 1s (timeout)",
            "\(target): server returned HTTP status 500",
        ]
        for (offset, expected) in expectedErrors.enumerated() {
            let time = Timestamp(20_000 + offset * 10_000)
            let started = ContinuousClock.now
            let batch = await source.collect(at: time)
            #expect(
                ContinuousClock.now - started < .seconds(60), "a scrape must end at its timeout, not the 120s stall")
            #expect(batch.error == expected)
            #expect(value("up", in: batch) == 0)
            #expect(value("scrape_samples_scraped", in: batch) == 0)
            let stale = batch.samples.filter { StaleMarker.isStale($0.value) }.map(\.labels.metricName)
            #expect(stale == (offset == 0 ? ["requests_total"] : []), "only the first failure marks the series stale")
        }

        let recovered = await source.collect(at: 60_000)
        #expect(recovered.error == nil)
        #expect(value("up", in: recovered) == 1)
        #expect(value("requests_total", in: recovered) == 7)
        #expect(value("scrape_series_added", in: recovered) == 1)
    }

    @Test func aTargetNobodyListensOnIsDownWithTheReason() async throws {
        let port = try LoopbackHTTPServer.freePort()
        let source = ScrapeSource(scrapeJob("gone", targets: ["127.0.0.1:\(port)"]))
        let batch = await source.collect(at: 0)
        #expect(value("up", in: batch) == 0)
        #expect(batch.error?.hasPrefix("127.0.0.1:\(port): GET http://127.0.0.1:\(port)/metrics: ") == true)
    }
}
