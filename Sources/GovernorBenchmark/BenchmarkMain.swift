import Foundation
import GovernorQuery

/// Generates the benchmark data, optionally writes it for governor and promtool, then loads it and
/// times the two queries.
@main
enum BenchmarkMain {
    static func main() async {
        if RuleTickOptions.requested(CommandLine.arguments) { return runRuleTick() }
        if DaemonMemoryOptions.requested(CommandLine.arguments) { return await runDaemonMemory() }
        let options: BenchmarkOptions
        switch BenchmarkOptions.parse(Array(CommandLine.arguments.dropFirst())) {
        case .success(let parsed): options = parsed
        case .failure(let error):
            FileHandle.standardError.write(Data("\(error)\n\(BenchmarkOptions.usage)\n".utf8))
            exit(2)
        }

        let dataset = SyntheticDataset(seriesCount: options.seriesCount)
        let queries = [BenchmarkQuery.requestRateByJob(dataset), BenchmarkQuery.bucketQuantile(dataset)]
        print(
            """
            dataset: \(dataset.seriesCount) series × \(SyntheticDataset.samplesPerSeries) samples every \
            \(SyntheticDataset.scrapeInterval / 1000)s = \(dataset.sampleCount) samples
              http_requests_total{job,instance,code}: \(dataset.requestSeries.count) series
              x_bucket{job,instance,le}: \(dataset.bucketSeries.count) series \
            (\(dataset.bucketSeries.count / SyntheticDataset.bucketBounds.count) histograms × \
            \(SyntheticDataset.bucketBounds.count) buckets)
              queries evaluated at \(dataset.endTime / 1000)s
            """
        )

        do {
            if let path = options.loadFilePath {
                try LoadFileWriter.text(for: dataset).write(toFile: path, atomically: true, encoding: .utf8)
                print("wrote \(path)")
            }
            if let path = options.promtoolFilePath {
                try PromtoolTestWriter.text(for: dataset, queries: queries)
                    .write(toFile: path, atomically: true, encoding: .utf8)
                print("wrote \(path)")
                if max(dataset.requestSeries.count, dataset.bucketSeries.count) > promtoolSeriesPerQueryLimit {
                    print(
                        "note: promtool's unit-test engine refuses queries over about "
                            + "\(promtoolSeriesPerQueryLimit) of these series (its sample limit); use --series 9000 or less"
                    )
                }
            }
        } catch {
            FileHandle.standardError.write(Data("error: cannot write the generated data: \(error)\n".utf8))
            exit(1)
        }
        if options.generateOnly { return }

        runInProcess(dataset: dataset, queries: queries, runs: options.timedRuns)
    }

    private static func runRuleTick() {
        switch RuleTickOptions.parse(Array(CommandLine.arguments.dropFirst())) {
        case .success(let options): RuleTickBenchmark.run(options)
        case .failure(let error):
            FileHandle.standardError.write(Data("\(error)\n\(RuleTickOptions.usage)\n".utf8))
            exit(2)
        }
    }

    private static func runDaemonMemory() async {
        switch DaemonMemoryOptions.parse(Array(CommandLine.arguments.dropFirst())) {
        case .success(let options): await DaemonMemoryBenchmark.run(options)
        case .failure(let error):
            FileHandle.standardError.write(Data("\(error)\n\(DaemonMemoryOptions.usage)\n".utf8))
            exit(2)
        }
    }

    /// Found by bisection with promtool 2.42: 4,800 series per query pass, 5,000 hit its sample limit.
    private static let promtoolSeriesPerQueryLimit = 4800

    private static func runInProcess(dataset: SyntheticDataset, queries: [BenchmarkQuery], runs: Int) {
        let residentBefore = ProcessMemory.residentBytes()
        let clock = ContinuousClock()
        var storage = InMemoryStorage()
        let loadTime = clock.measure { dataset.load(into: &storage) }
        let residentAfter = ProcessMemory.residentBytes()

        let samples = Double(storage.sampleCount)
        print("load: \(loadTime.formatted(.units(allowed: [.milliseconds]))) for \(storage.sampleCount) samples")
        if let before = residentBefore, let after = residentAfter {
            print(
                String(format: "memory per retained sample (RSS delta): %.1f bytes", Double(after - before) / samples))
        }
        print(
            String(
                format: "memory per retained sample (store estimate): %.1f bytes",
                Double(storage.memoryFootprint) / samples))

        let timer = QueryTimer(storage: storage, time: dataset.endTime, runs: runs)
        for query in queries {
            switch timer.measure(query) {
            case .success(let measurement):
                let perSeries = Double(measurement.medianNanoseconds) / Double(query.seriesRead)
                print(
                    String(
                        format: "%@: %.1f ns per series (median %.3f ms over %d runs, %d series), %@",
                        query.text, perSeries, Double(measurement.medianNanoseconds) / 1e6, runs, query.seriesRead,
                        measurement.resultCheck
                    )
                )
            case .failure(let error):
                print("\(query.text): not run: \(error)")
            }
        }
    }
}
