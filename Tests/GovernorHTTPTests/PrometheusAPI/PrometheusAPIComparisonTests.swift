import Foundation
import GovernorDaemon
import GovernorQuery
import Testing

/// Governor's Prometheus API against a real Prometheus 2.42 holding the same samples and rules
/// (`PrometheusAPIHarness`): every answer must be the same text, status code included, apart from the timing
/// fields of rules and alerts.
@Suite(.serialized) struct PrometheusAPIComparisonTests {
    static let start = PrometheusAPIHarness.historyStart
    static let end = PrometheusAPIHarness.historyEnd

    static func queries() throws -> [String] {
        try fixture("prometheus-api/queries.txt").split(separator: "\n").map(String.init).filter {
            !$0.hasPrefix("#") && !$0.isEmpty
        }
    }

    @Test func queriesSeriesLabelsRulesAndAlertsAnswerAsPrometheusDoes() async throws {
        let harness = try await PrometheusAPIHarness()
        defer { harness.stop() }
        await harness.runGovernor(seconds: 5)
        try await instantQueries(harness)
        try await rangeQueries(harness)
        try promtoolRange(harness)
        try promtoolInstant(harness)
        try await seriesAndLabels(harness)
        try await rulesAndAlerts(harness)
    }

    private func instantQueries(_ harness: PrometheusAPIHarness) async throws {
        let times = [
            Self.start - 60_000, Self.start, Self.start + 300_000, Self.start + 437_500, Self.end, Self.end + 240_000,
        ]
        for query in try Self.queries() {
            for time in times {
                let path =
                    "/api/v1/query"
                    + PrometheusAPIHarness.query([("query", query), ("time", PrometheusAPIHarness.seconds(time))])
                let (governor, prometheus) = try await harness.both(path)
                #expect(governor == prometheus, "instant \(query) at \(time)")
            }
        }
        // The same through a form body, and with the time written in RFC 3339.
        let form = PrometheusAPIHarness.query([
            ("query", "sum by (code) (rate(http_requests_total[5m]))"), ("time", "2023-11-14T22:18:20.25Z"),
        ])
        let (governor, prometheus) = try await harness.both(
            "/api/v1/query", method: "POST", body: String(form.dropFirst()),
            contentType: "application/x-www-form-urlencoded")
        #expect(governor == prometheus)
        #expect(governor.status == 200)
        // A form value wins over the same parameter in the URL, as with Go's FormValue.
        let both = try await harness.both(
            "/api/v1/query?query=1&time=1700000000", method: "POST", body: "query=2",
            contentType: "application/x-www-form-urlencoded")
        #expect(both.governor == both.prometheus)
        #expect(both.governor.body.contains("\"2\""))
    }

    @Test func buildInformationHasPrometheusesFieldsAndGovernorsVersion() async throws {
        let harness = try await PrometheusAPIHarness()
        defer { harness.stop() }
        await harness.runGovernor(seconds: 0)
        let (governor, prometheus) = try await harness.both("/api/v1/status/buildinfo")
        #expect(governor.status == prometheus.status)
        func data(_ body: String) throws -> [String: String] {
            let json = try JSONSerialization.jsonObject(with: Data(body.utf8)) as? [String: Any]
            return json?["data"] as? [String: String] ?? [:]
        }
        #expect(try Set(data(governor.body).keys) == Set(data(prometheus.body).keys))
        #expect(try data(governor.body)["version"] == GovernorVersion.current)
    }

    private func rangeQueries(_ harness: PrometheusAPIHarness) async throws {
        let ranges: [(Timestamp, Timestamp, String)] = [
            (Self.start, Self.end, "15s"), (Self.start - 120_000, Self.end + 400_000, "37"),
            (Self.start + 100_250, Self.start + 100_250, "1m"),
            (Self.start, Self.end, "1m30s"),
        ]
        for query in try Self.queries() {
            for (start, end, step) in ranges {
                let path =
                    "/api/v1/query_range"
                    + PrometheusAPIHarness.query([
                        ("query", query), ("start", PrometheusAPIHarness.seconds(start)),
                        ("end", PrometheusAPIHarness.seconds(end)), ("step", step),
                    ])
                let (governor, prometheus) = try await harness.both(path)
                #expect(governor == prometheus, "range \(query) from \(start) to \(end) by \(step)")
            }
        }
        let form = PrometheusAPIHarness.query([
            ("query", "rate(http_requests_total[5m])"), ("start", "1700000000"), ("end", "2023-11-14T22:20:00Z"),
            ("step", "30"),
        ])
        let (governor, prometheus) = try await harness.both(
            "/api/v1/query_range", method: "POST", body: String(form.dropFirst()),
            contentType: "application/x-www-form-urlencoded")
        #expect(governor == prometheus)
        #expect(governor.status == 200)
    }

    /// `promtool query range` is the one promtool query in 2.42 that can send the key (`--header`).
    private func promtoolRange(_ harness: PrometheusAPIHarness) throws {
        for query in ["sum by (code) (rate(http_requests_total[5m]))", "temperature_celsius", "1 +"] {
            let (governor, prometheus) = try harness.promtoolBoth([
                "range", "--header=X-Dash-Key=\(harness.daemon.key)", "--start=1700000000", "--end=1700000720",
                "--step=1m", "url", query,
            ])
            #expect(governor == prometheus, "promtool query range \(query)")
            #expect(governor.count > 20, "promtool printed too little: \(governor)")
        }
    }

    /// `promtool query instant` takes no header in 2.42; the key goes in the URL, as the Basic password.
    private func promtoolInstant(_ harness: PrometheusAPIHarness) throws {
        for query in ["sum by (code) (rate(http_requests_total[5m]))", "temperature_celsius", "1 +"] {
            let (governor, prometheus) = try harness.promtoolBoth(
                ["instant", "--time=1700000600", "url", query], keyInURL: true)
            #expect(governor == prometheus, "promtool query instant \(query)")
            #expect(governor.count > 20, "promtool printed too little: \(governor)")
            #expect(!governor.contains(harness.daemon.key), "promtool's output shows the key")
        }
    }

    private func seriesAndLabels(_ harness: PrometheusAPIHarness) async throws {
        let window = [
            ("start", PrometheusAPIHarness.seconds(Self.start)), ("end", PrometheusAPIHarness.seconds(Self.end)),
        ]
        let paths = [
            "/api/v1/series" + PrometheusAPIHarness.query([("match[]", "http_requests_total")] + window),
            "/api/v1/series"
                + PrometheusAPIHarness.query(
                    [("match[]", "{job=\"api\"}"), ("match[]", "temperature_celsius{room=~\"l.*\"}")] + window),
            "/api/v1/series"
                + PrometheusAPIHarness.query([
                    ("match[]", "temperature_celsius"), ("start", "1700000000"), ("end", "1700000060"),
                ]),
            "/api/v1/series" + PrometheusAPIHarness.query([("match[]", "build_info")] + window),
            "/api/v1/labels" + PrometheusAPIHarness.query(window),
            "/api/v1/labels"
                + PrometheusAPIHarness.query([("match[]", "queue_depth"), ("match[]", "build_info")] + window),
            "/api/v1/label/room/values" + PrometheusAPIHarness.query(window),
            "/api/v1/label/__name__/values" + PrometheusAPIHarness.query(window),
            "/api/v1/label/job/values"
                + PrometheusAPIHarness.query([("match[]", "http_requests_total{code=\"500\"}")] + window),
            "/api/v1/label/note/values" + PrometheusAPIHarness.query(window),
            "/api/v1/label/nonexistent/values" + PrometheusAPIHarness.query(window),
        ]
        for path in paths {
            let (governor, prometheus) = try await harness.both(path)
            #expect(governor == prometheus, "\(path)")
            #expect(governor.status == 200, "\(path)")
        }
        let form = PrometheusAPIHarness.query([("match[]", "temperature_celsius")] + window)
        let (governor, prometheus) = try await harness.both(
            "/api/v1/series", method: "POST", body: String(form.dropFirst()),
            contentType: "application/x-www-form-urlencoded")
        #expect(governor == prometheus)
    }

    private func rulesAndAlerts(_ harness: PrometheusAPIHarness) async throws {
        try await harness.waitForPrometheus { json in
            let alerts = ((json as? [String: Any])?["data"] as? [String: Any])?["alerts"] as? [[String: Any]] ?? []
            return alerts.contains {
                ($0["labels"] as? [String: String])?["alertname"] == "ErrorsHigh" && $0["state"] as? String == "firing"
            }
                && alerts.contains { ($0["labels"] as? [String: String])?["alertname"] == "BusyForLong" }
        }
        for path in ["/api/v1/rules", "/api/v1/rules?type=alert", "/api/v1/rules?type=record", "/api/v1/alerts"] {
            let (governor, prometheus) = try await harness.both(path)
            #expect(governor.status == prometheus.status, "\(path)")
            if path == "/api/v1/alerts" {
                #expect(TimingMask.alertsInAnyOrder(governor.body) == TimingMask.alertsInAnyOrder(prometheus.body))
            } else {
                #expect(TimingMask.masked(governor.body) == TimingMask.masked(prometheus.body), "\(path)")
            }
            let timings = TimingMask.timings(in: governor.body)
            #expect(!timings.isEmpty && timings.allSatisfy(TimingMask.isValid), "\(path): \(timings)")
        }
        let firing = (try await harness.both("/api/v1/alerts")).governor.body
        #expect(TimingMask.alertsInAnyOrder(firing).alerts.count == 3)
        let rules = (try await harness.both("/api/v1/rules")).governor.body
        #expect(
            rules.contains("\"health\":\"err\",\"lastError\":\"vector cannot contain metrics with the same labelset\""))
        #expect(firing.contains("\"state\":\"firing\""), "the comparison must see a firing alert, or it proves little")
        #expect(firing.contains("\"state\":\"pending\""))
    }
}
