import GovernorQuery
import GovernorSources
import Testing

/// Counters behave as an exporter's do: they start at 0, never decrease, and a histogram's buckets never decrease
/// along `le`.
@Suite struct SimulatorCounterTests {
    static func isCounter(_ labels: Labels) -> Bool {
        let name = labels.metricName ?? ""
        return ["_total", "_bucket", "_count", "_sum"].contains { name.hasSuffix($0) }
    }

    @Test(arguments: SimulatorScenario.allCases)
    func countersNeverDecrease(scenario: SimulatorScenario) {
        let simulator = Simulator(scenario: scenario, seed: 3)
        var last: [Labels: Double] = [:]
        // Every collection step for two hours, and an instant between each two, so that the noise's interpolation
        // between steps is covered too.
        for time in simulator.instants(through: 2 * 3_600_000) {
            for instant in [time, time + 3_337] {
                for sample in simulator.samples(at: instant) where Self.isCounter(sample.labels) {
                    if let previous = last[sample.labels] {
                        #expect(sample.value >= previous, "\(sample.labels) fell from \(previous) to \(sample.value)")
                    }
                    last[sample.labels] = sample.value
                }
            }
        }
        #expect(last.count > 20)
    }

    @Test func countersStartAtZero() {
        let simulator = Simulator(scenario: .normal)
        let first = simulator.samples(at: simulator.start).filter { Self.isCounter($0.labels) }
        #expect(!first.isEmpty)
        #expect(first.allSatisfy { $0.value == 0 })
    }

    @Test(arguments: [SimulatorScenario.normal, .latencyRegression])
    func bucketsAreCumulativeAndInfinityIsTheCount(scenario: SimulatorScenario) throws {
        let simulator = Simulator(scenario: scenario)
        let samples = simulator.samples(at: simulator.start + 40 * 60_000)
        let bounds = ["0.05", "0.1", "0.25", "0.5", "1", "2.5", "5", "+Inf"]
        let buckets = try bounds.map { bound in
            try #require(
                samples.first {
                    $0.labels.metricName == "http_request_duration_seconds_bucket" && $0.labels["le"] == bound
                }?.value)
        }
        #expect(zip(buckets, buckets.dropFirst()).allSatisfy { $0 <= $1 })
        let count = samples.first { $0.labels.metricName == "http_request_duration_seconds_count" }?.value
        #expect(buckets.last == count)
    }

    @Test func theLatencyRegressionMovesFourFifthsOfRequestsPastHalfASecond() throws {
        let simulator = Simulator(scenario: .latencyRegression)
        func fastShare(from: Int64, to: Int64) throws -> Double {
            func bucket(_ bound: String, at minute: Int64) throws -> Double {
                try #require(
                    simulator.samples(at: simulator.start + minute * 60_000).first {
                        $0.labels.metricName == "http_request_duration_seconds_bucket" && $0.labels["le"] == bound
                    }?.value)
            }
            return (try bucket("0.5", at: to) - bucket("0.5", at: from))
                / (try bucket("+Inf", at: to) - bucket("+Inf", at: from))
        }
        // LatencyProfile: 99% within 500ms before minute 10, 20% after.
        #expect(abs(try fastShare(from: 0, to: 10) - 0.99) < 0.005)
        #expect(abs(try fastShare(from: 20, to: 60) - 0.20) < 0.005)
    }
}
