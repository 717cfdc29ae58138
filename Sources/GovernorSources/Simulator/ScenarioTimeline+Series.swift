import GovernorQuery

/// The series of the simulated service, as its exporters would expose them and Prometheus would scrape them:
/// every series carries its target's `job` and `instance`, and every target has an `up` series.
extension ScenarioTimeline {
    /// The scrape targets, one per component that exports metrics.
    static let targets: [(job: String, instance: String)] = [
        ("api", "api-1:8080"), ("payments", "payments-1:8080"), ("webhooks", "webhooks-1:8080"),
        ("security", "scanner-1:9102"), ("scheduler", "scheduler-1:9091"), ("node", "host-1:9100"),
    ]

    /// Every series, in a fixed order.
    func series() -> [SimulatedSeries] {
        var catalog = SeriesCatalog()
        for target in Self.targets {
            catalog.gauge("up", job: target.job, [:], .level(.constant(1)))
        }
        addAPI(to: &catalog)
        addPayments(to: &catalog)
        addWebhooks(to: &catalog)
        for (severity, perHour) in securityAlertsPerHour {
            catalog.counter(
                "security_alerts_total", job: "security", ["severity": severity], rate: perHour * (1 / 3600))
        }
        catalog.gauge(
            "governor_scheduler_heartbeat_timestamp_seconds", job: "scheduler", [:],
            .heartbeat(period: 10, stopsAt: heartbeatStopsAt))
        addNode(to: &catalog)
        return catalog.series
    }

    private func addAPI(to catalog: inout SeriesCatalog) {
        let codes: [(code: String, share: StepFunction)] = [
            ("200", (notFoundRatio + serverErrorRatio).map { 1 - $0 }), ("404", notFoundRatio),
            ("500", serverErrorRatio * 0.7), ("503", serverErrorRatio * 0.3),
        ]
        for (code, share) in codes {
            catalog.counter("http_requests_total", job: "api", ["code": code], rate: requestsPerSecond * share)
        }
        // The histogram's buckets are cumulative: each sums the finer streams at or below its bound, so bucket
        // counts never decrease along `le` and `+Inf` equals `_count`.
        let streams = LatencyProfile.bounds.indices.map { index in
            let healthy = LatencyProfile.healthy[index]
            let regressed = LatencyProfile.regressed[index]
            let share = latencyRegression.map { healthy + (regressed - healthy) * $0 }
            return EventStream(
                rate: requestsPerSecond * share, key: DeterministicNoise.key("latency/\(LatencyProfile.bounds[index])"))
        }
        for (index, bound) in LatencyProfile.bounds.enumerated() {
            catalog.counter(
                "http_request_duration_seconds_bucket", job: "api", ["le": bound], streams: Array(streams[...index]))
        }
        catalog.counter("http_request_duration_seconds_count", job: "api", [:], streams: streams)
        let secondsPerSecond = streams.indices.map { streams[$0].rate * LatencyProfile.typicalSeconds[$0] }
            .reduce(StepFunction.constant(0), +)
        catalog.counter(
            "http_request_duration_seconds_sum", job: "api", [:], rate: secondsPerSecond, unitsPerValue: 1000)
    }

    private func addPayments(to catalog: inout SeriesCatalog) {
        let succeeded = paymentsPerSecond * paymentFailureRatio.map { 1 - $0 }
        catalog.counter("payments_total", job: "payments", ["status": "succeeded"], rate: succeeded)
        catalog.counter(
            "payments_total", job: "payments", ["status": "failed"], rate: paymentsPerSecond * paymentFailureRatio)
        // Revenue follows the succeeded payments: 70% of them in USD at 42.50 on average, 30% in EUR at 38.
        for (currency, share, average) in [("USD", 0.7, 42.5), ("EUR", 0.3, 38.0)] {
            catalog.counter(
                "payments_revenue_total", job: "payments", ["currency": currency], rate: succeeded * (share * average),
                unitsPerValue: 100)
        }
    }

    private func addWebhooks(to catalog: inout SeriesCatalog) {
        catalog.counter(
            "webhook_deliveries_total", job: "webhooks", ["outcome": "success"],
            rate: webhooksPerSecond * webhookFailureRatio.map { 1 - $0 })
        catalog.counter(
            "webhook_deliveries_total", job: "webhooks", ["outcome": "failure"],
            rate: webhooksPerSecond * webhookFailureRatio)
    }
}

/// Builds series with their target's labels and a noise key derived from the labels, so that adding a series
/// never changes another's noise.
struct SeriesCatalog {
    private(set) var series: [SimulatedSeries] = []

    mutating func counter(
        _ name: String, job: String, _ labels: [String: String], rate: StepFunction, unitsPerValue: Double = 1
    ) {
        let full = Self.labels(name, job: job, labels)
        let stream = EventStream(
            rate: rate, key: DeterministicNoise.key(full.description), unitsPerValue: unitsPerValue)
        series.append(SimulatedSeries(labels: full, model: .counter([stream])))
    }

    mutating func counter(_ name: String, job: String, _ labels: [String: String], streams: [EventStream]) {
        series.append(SimulatedSeries(labels: Self.labels(name, job: job, labels), model: .counter(streams)))
    }

    mutating func gauge(
        _ name: String, job: String, _ labels: [String: String], _ shape: GaugeShape, noise: Double = 0,
        unitsPerValue: Double = 1
    ) {
        let full = Self.labels(name, job: job, labels)
        let key = DeterministicNoise.key(full.description)
        series.append(
            SimulatedSeries(
                labels: full, model: .gauge(shape, noise: noise, key: key, unitsPerValue: unitsPerValue)))
    }

    private static func labels(_ name: String, job: String, _ labels: [String: String]) -> Labels {
        let instance = ScenarioTimeline.targets.first { $0.job == job }?.instance ?? job
        var all = labels
        all[Labels.metricName] = name
        all["job"] = job
        all["instance"] = instance
        return Labels(all)
    }
}
