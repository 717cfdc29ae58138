import Foundation
import GovernorQuery

/// Times one evaluation tick of many alerting rules over a large store: every rule's expression evaluated at the
/// same instant, and the `ALERTS` sample of each result written back, as a rule group's tick does.
///
/// Rule `i` watches instance `i` (wrapping around): the share of its requests answered with a 5xx over 5m, above
/// 0.3 for even rules and 0.5 for odd ones. The generated counters give every instance a 5xx share of 0.4, so
/// half the rules fire and write a sample each tick.
enum RuleTickBenchmark {
    static func run(_ options: RuleTickOptions) {
        let dataset = SyntheticDataset(seriesCount: options.seriesCount)
        var storage = InMemoryStorage()
        dataset.load(into: &storage)
        let instances = dataset.requestSeries.count / SyntheticDataset.statusCodes.count
        let rules: [(name: String, expr: Expr)]
        do {
            rules = try (0..<options.rules).map { index in
                (name: "HighErrorShare\(index)", expr: try Parser.parse(expression(rule: index, instances: instances)))
            }
        } catch {
            FileHandle.standardError.write(Data("error: generated rule does not parse: \(error)\n".utf8))
            exit(1)
        }
        print(
            "rule tick: \(rules.count) alerting rules over \(storage.seriesCount) series "
                + "(\(storage.sampleCount) samples), evaluated at \(dataset.endTime / 1000)s")

        let engine = QueryEngine()
        var firing = tick(rules, engine: engine, at: dataset.endTime, storage: &storage)
        let clock = ContinuousClock()
        var durations: [Swift.Duration] = []
        for _ in 0..<options.timedRuns {
            let started = clock.now
            firing = tick(rules, engine: engine, at: dataset.endTime, storage: &storage)
            durations.append(clock.now - started)
        }
        let median = durations.sorted()[durations.count / 2]
        let milliseconds = Double(median.components.seconds) * 1e3 + Double(median.components.attoseconds) / 1e15
        print(
            String(
                format: "one tick: %.1f ms (median of %d), %.1f µs per rule, %d alerts firing", milliseconds,
                options.timedRuns, milliseconds * 1000 / Double(rules.count), firing))
    }

    static func expression(rule index: Int, instances: Int) -> String {
        let instance = "host-\(index % max(1, instances)):9100"
        let threshold = index.isMultiple(of: 2) ? "0.3" : "0.5"
        return """
            sum by (job) (rate(http_requests_total{instance="\(instance)", code=~"5.."}[5m])) \
            / sum by (job) (rate(http_requests_total{instance="\(instance)"}[5m])) > \(threshold)
            """
    }

    /// Evaluates every rule once and writes an `ALERTS` sample per result; returns how many were written.
    private static func tick(
        _ rules: [(name: String, expr: Expr)], engine: QueryEngine, at time: Timestamp, storage: inout InMemoryStorage
    ) -> Int {
        var written = 0
        for rule in rules {
            guard case .vector(let vector)? = try? engine.evaluate(rule.expr, at: time, storage: storage) else {
                continue
            }
            for sample in vector {
                let labels = sample.labels.setting(Labels.metricName, to: "ALERTS").setting("alertname", to: rule.name)
                    .setting("alertstate", to: "firing")
                storage.append(labels: labels, timestamp: time, value: 1)
                written += 1
            }
        }
        return written
    }
}
