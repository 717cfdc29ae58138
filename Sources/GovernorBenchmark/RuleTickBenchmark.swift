import Foundation
import GovernorCore
import GovernorQuery

/// Times evaluation ticks of one rule group of many alerting rules over a large store, through the same
/// `RuleGroupEvaluator` the daemon drives: its plan, its alert state, and its `ALERTS` writes.
///
/// Before every tick one new sample is appended to every series and the clock moves on by the scrape interval,
/// so no tick can reuse the previous one's answers and the time includes ingesting the scrape.
///
/// Rule `i` watches instance `i` (wrapping around): the share of its requests answered with a 5xx over 5m, above
/// 0.3 for even rules and 0.5 for odd ones. The generated counters give every instance a 5xx share of 0.4, so
/// half the rules fire.
enum RuleTickBenchmark {
    static func run(_ options: RuleTickOptions) {
        let dataset = SyntheticDataset(seriesCount: options.seriesCount)
        var storage = InMemoryStorage()
        dataset.load(into: &storage)
        var scrape = ScrapeSimulator(dataset, storage: &storage)
        let instances = dataset.requestSeries.count / SyntheticDataset.statusCodes.count
        let group: RuleGroupDefinition
        do {
            group = try ruleGroup(rules: options.rules, instances: instances)
        } catch {
            FileHandle.standardError.write(Data("error: generated rule does not parse: \(error)\n".utf8))
            exit(1)
        }
        var evaluator = RuleGroupEvaluator(group: group, evaluationInterval: SyntheticDataset.scrapeInterval)
        print(
            "rule tick: \(group.rules.count) alerting rules over \(storage.seriesCount) series "
                + "(\(storage.sampleCount) samples), one scrape of every series before each tick")

        // One untimed tick compiles whatever the evaluator prepares on first use.
        scrape.scrape(into: &storage)
        _ = evaluator.evaluate(at: scrape.nextTime - SyntheticDataset.scrapeInterval, storage: &storage)

        let clock = ContinuousClock()
        var ticks: [Double] = []
        var ingests: [Double] = []
        var allocations: [UInt64] = []
        var firing = 0
        for _ in 0..<options.timedRuns {
            let time = scrape.nextTime
            let allocationsBefore = AllocationCounter.count
            let started = clock.now
            scrape.scrape(into: &storage)
            let ingested = clock.now
            let results = evaluator.evaluate(at: time, storage: &storage)
            let finished = clock.now
            if let before = allocationsBefore, let after = AllocationCounter.count {
                allocations.append(after - before)
            }
            ticks.append(milliseconds(finished - started))
            ingests.append(milliseconds(ingested - started))
            firing = results.reduce(0) { $0 + $1.alerts.count }
        }
        let tick = median(ticks)
        print(
            String(
                format: "one tick: %.2f ms (median of %d, scrape ingest %.2f ms of it), %.3f µs per rule, %d alerts",
                tick, options.timedRuns, median(ingests), tick * 1000 / Double(group.rules.count), firing))
        print(
            String(
                format: "retained samples: %d, %.2f bytes per sample", storage.sampleCount,
                Double(storage.sampleBytes) / Double(max(1, storage.sampleCount))))
        print("each tick: " + ticks.map { String(format: "%.2f", $0) }.joined(separator: " ") + " ms")
        if allocations.isEmpty {
            print("allocations per tick: not counted (run through scripts/bench-tick.sh, which preloads a counter)")
        } else {
            print("allocations per tick: \(allocations.sorted()[allocations.count / 2]) (median)")
        }
    }

    static func expression(rule index: Int, instances: Int) -> String {
        let instance = "host-\(index % max(1, instances)):9100"
        let threshold = index.isMultiple(of: 2) ? "0.3" : "0.5"
        return """
            sum by (job) (rate(http_requests_total{instance="\(instance)", code=~"5.."}[5m])) \
            / sum by (job) (rate(http_requests_total{instance="\(instance)"}[5m])) > \(threshold)
            """
    }

    private static func ruleGroup(rules: Int, instances: Int) throws -> RuleGroupDefinition {
        let location = SourceLocation(file: "rule-tick", line: 1, column: 1)
        let definitions = try (0..<rules).map { index in
            let text = expression(rule: index, instances: instances)
            return RuleDefinition(
                kind: .alert("HighErrorShare\(index)"),
                expr: PolicyExpression(text: text, expr: try Parser.parse(text), location: location),
                labels: ["severity": "page"], location: location)
        }
        return RuleGroupDefinition(name: "rule-tick", schedule: nil, rules: definitions, location: location)
    }

    private static func milliseconds(_ duration: Swift.Duration) -> Double {
        Double(duration.components.seconds) * 1e3 + Double(duration.components.attoseconds) / 1e15
    }

    private static func median(_ values: [Double]) -> Double { values.sorted()[values.count / 2] }
}
