import Foundation
import GovernorCore
import GovernorQuery
import GovernorRuntime

/// Times evaluation ticks of one rule group of many alerting rules over a large store, through the daemon's own
/// path: a `RuleRuntime` built from the compiled policy, fed with `ingest(_:)` as the daemon feeds it a source's
/// batch, and ticked with `runDue(at:)`, which runs the group's `RuleGroupEvaluator` (its plans, its alert state
/// and its `ALERTS` writes) and hands out the alerts due for the notifier.
///
/// Before every tick one new sample of every series is ingested and the clock moves on by the scrape interval,
/// so no tick can reuse the previous one's answers and the time includes ingesting the scrape. Building the
/// scrape's batch (the source's work) is not timed.
///
/// Rule `i` watches instance `i` (wrapping around): the share of its requests answered with a 5xx over 5m, above
/// 0.3 for even rules and 0.5 for odd ones. The generated counters give every instance a 5xx share of 0.4, so
/// half the rules fire.
enum RuleTickBenchmark {
    static func run(_ options: RuleTickOptions) {
        let dataset = SyntheticDataset(seriesCount: options.seriesCount)
        var storage = InMemoryStorage()
        dataset.load(into: &storage)
        var scrape = ScrapeSimulator(dataset)
        let instances = dataset.requestSeries.count / SyntheticDataset.statusCodes.count
        var runtime: RuleRuntime
        do {
            let policy = try policy(rules: options.rules, instances: instances)
            runtime = try RuleRuntime(policy: policy, storage: storage, startingAt: scrape.nextTime)
        } catch {
            FileHandle.standardError.write(Data("error: the generated policy does not compile: \(error)\n".utf8))
            exit(1)
        }
        storage = InMemoryStorage()
        print(
            "rule tick: \(options.rules) alerting rules over \(runtime.storage.seriesCount) series "
                + "(\(runtime.storage.sampleCount) samples), one scrape of every series before each tick"
                + (options.holdsSnapshot ? ", a snapshot of the store held from tick to tick" : ""))

        // One untimed tick compiles whatever the evaluator prepares on first use.
        runtime.ingest(scrape.next(), from: "scrape")
        _ = runtime.runDue(at: scrape.time)
        var snapshot = options.holdsSnapshot ? runtime.storage : nil

        let clock = ContinuousClock()
        var ticks: [Double] = []
        var cpuTicks: [Double] = []
        var ingests: [Double] = []
        var allocations: [UInt64] = []
        var firing = 0
        for _ in 0..<options.timedRuns {
            let batch = scrape.next()
            let allocationsBefore = AllocationCounter.count
            let cpuStarted = ThreadCPUClock.milliseconds
            let started = clock.now
            runtime.ingest(batch, from: "scrape")
            let ingested = clock.now
            let groupTicks = runtime.runDue(at: scrape.time)
            let finished = clock.now
            if let cpuStarted, let cpuFinished = ThreadCPUClock.milliseconds {
                cpuTicks.append(cpuFinished - cpuStarted)
            }
            if let before = allocationsBefore, let after = AllocationCounter.count {
                allocations.append(after - before)
            }
            guard groupTicks.count == 1 else {
                FileHandle.standardError.write(Data("error: \(groupTicks.count) groups ran at one tick\n".utf8))
                exit(1)
            }
            ticks.append(milliseconds(finished - started))
            ingests.append(milliseconds(ingested - started))
            firing = groupTicks[0].results.reduce(0) { $0 + $1.alerts.count }
            if snapshot != nil { snapshot = runtime.storage }
        }
        let tick = median(ticks)
        print(
            String(
                format: "one tick: %.2f ms (median of %d, scrape ingest %.2f ms of it), %.3f µs per rule, %d alerts",
                tick, options.timedRuns, median(ingests), tick * 1000 / Double(options.rules), firing))
        print(
            String(
                format: "retained samples: %d, %.2f bytes per sample", runtime.storage.sampleCount,
                Double(runtime.storage.sampleBytes) / Double(max(1, runtime.storage.sampleCount))))
        print("each tick: " + ticks.map { String(format: "%.2f", $0) }.joined(separator: " ") + " ms")
        print("each ingest: " + ingests.map { String(format: "%.2f", $0) }.joined(separator: " ") + " ms")
        if !cpuTicks.isEmpty {
            let cpu = median(cpuTicks)
            print(
                String(
                    format: "CPU time of the ticking thread: %.2f ms per tick (median), %.3f µs per rule; each: ", cpu,
                    cpu * 1000 / Double(options.rules))
                    + cpuTicks.map { String(format: "%.2f", $0) }.joined(separator: " ") + " ms")
        }
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

    /// One group, evaluated every scrape interval, compiled as `governor run` compiles policy files.
    private static func policy(rules: Int, instances: Int) throws -> CompiledPolicy {
        let location = SourceLocation(file: "rule-tick", line: 1, column: 1)
        let definitions = try (0..<rules).map { index in
            let text = expression(rule: index, instances: instances)
            return RuleDefinition(
                kind: .alert("HighErrorShare\(index)"),
                expr: PolicyExpression(text: text, expr: try Parser.parse(text), location: location),
                labels: ["severity": "page"], location: location)
        }
        let group = RuleGroupDefinition(
            name: "rule-tick", schedule: .interval(SyntheticDataset.scrapeInterval), rules: definitions,
            location: location)
        let policy = PolicyCompiler().compile(
            PolicySet(groups: [group], sourceSeries: ["http_requests_total", "x_bucket"]))
        if let error = policy.diagnostics.first(where: { $0.severity == .error }) {
            throw BenchmarkPolicyError(diagnostic: "\(error)")
        }
        return policy
    }

    private static func milliseconds(_ duration: Swift.Duration) -> Double {
        Double(duration.components.seconds) * 1e3 + Double(duration.components.attoseconds) / 1e15
    }

    private static func median(_ values: [Double]) -> Double { values.sorted()[values.count / 2] }
}

struct BenchmarkPolicyError: Error {
    let diagnostic: String
}
