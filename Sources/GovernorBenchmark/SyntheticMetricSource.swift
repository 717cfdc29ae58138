import Foundation
import GovernorQuery
import GovernorSources

/// A `MetricSource` of many series for the daemon benchmarks: half request counters
/// `bench_requests_total{job, instance, code}`, half gauges `bench_queue_depth{job, instance, queue}`.
///
/// Values are a pure function of the series and the time, so every run collects the same samples and the source
/// holds no state between calls. Counters grow by a per-series amount every second; one job in four answers 10%
/// of its requests with a 5xx, so the benchmark policy's error-ratio alert fires for those jobs and not the rest.
/// Gauges follow a slow deterministic wave.
struct SyntheticMetricSource: MetricSource {
    static let jobCount = 20
    static let statusCodes = ["200", "404", "500", "503"]
    static let queues = ["ingest", "render", "mail", "audit"]

    let name = "synthetic"
    let interval: Int64
    /// Labels of every series, counters first; built once so a collection only fills in values.
    let counterLabels: [Labels]
    let gaugeLabels: [Labels]
    /// Counter increase per second of each counter series.
    private let ratePerSecond: [Double]

    init(seriesCount: Int, interval: Int64) {
        self.interval = interval
        let instances = max(1, seriesCount / 2 / Self.statusCodes.count)
        var counters: [Labels] = []
        var rates: [Double] = []
        var gauges: [Labels] = []
        counters.reserveCapacity(instances * Self.statusCodes.count)
        gauges.reserveCapacity(instances * Self.queues.count)
        for instance in 0..<instances {
            let job = instance % Self.jobCount
            let failing = job.isMultiple(of: 4)
            for code in Self.statusCodes {
                counters.append(Self.labels("bench_requests_total", job: job, instance: instance, ("code", code)))
                let base = Double(1 + instance % 7)
                rates.append(code.hasPrefix("5") ? (failing ? base * 0.1 : base * 0.001) : base)
            }
            for queue in Self.queues {
                gauges.append(Self.labels("bench_queue_depth", job: job, instance: instance, ("queue", queue)))
            }
        }
        counterLabels = counters
        gaugeLabels = gauges
        ratePerSecond = rates
    }

    var seriesCount: Int { counterLabels.count + gaugeLabels.count }

    func collect(at time: Timestamp) async -> SourceBatch {
        var samples: [VectorSample] = []
        samples.reserveCapacity(seriesCount)
        let seconds = Double(time) / 1_000
        for index in counterLabels.indices {
            samples.append(
                VectorSample(
                    labels: counterLabels[index], timestamp: time, value: (ratePerSecond[index] * seconds).rounded()))
        }
        // A wave with a period of an hour and a half, shifted per series.
        for index in gaugeLabels.indices {
            let phase = Double(index % 97) / 97 + seconds / 5_400
            let depth = 50 + 40 * sin(2 * Double.pi * phase)
            samples.append(VectorSample(labels: gaugeLabels[index], timestamp: time, value: depth.rounded()))
        }
        return SourceBatch(samples: samples)
    }

    private static func labels(_ metric: String, job: Int, instance: Int, _ extra: (String, String)) -> Labels {
        Labels([
            Label(name: Labels.metricName, value: metric),
            Label(name: "instance", value: "host-\(instance):9100"),
            Label(name: "job", value: "job-\(job)"),
            Label(name: extra.0, value: extra.1),
        ])
    }
}
