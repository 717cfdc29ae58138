import Foundation
import GovernorDaemon
import GovernorQuery

/// Runs the daemon's own core (`DaemonCore.start` then `advance(to:)` at every instant it asks for, as the
/// evaluation service does on a simulated clock) for many simulated hours over a large synthetic source, and
/// prints the process's RSS and the store's series and samples every simulated hour.
///
/// The policy's longest window is an hour, so the store holds at most an hour of each series (plus what
/// `minimumRetention` keeps) and RSS should stop growing once the first hour or two have passed. Nothing is
/// delivered: the core runs without routes, so the numbers are the store, the rules and the state database.
enum DaemonMemoryBenchmark {
    /// 2025-01-01T00:00:00Z: a start aligned to every interval, so collections fall on the hour.
    static let start: Timestamp = 1_735_689_600_000
    static let hour: Int64 = 3_600_000

    static func run(_ options: DaemonMemoryOptions) async {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
            "governor-daemon-memory-\(ProcessInfo.processInfo.processIdentifier)")
        defer { try? FileManager.default.removeItem(at: directory) }
        let policyPath = directory.appendingPathComponent("policy.yaml").path
        do {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            try policy.write(toFile: policyPath, atomically: true, encoding: .utf8)
        } catch {
            FileHandle.standardError.write(Data("error: cannot write the benchmark policy: \(error)\n".utf8))
            exit(1)
        }
        let interval = Int64(options.scrapeInterval) * 1_000
        let source = SyntheticMetricSource(seriesCount: options.seriesCount, interval: interval)
        let lines = LineCounter()
        let configuration = DaemonConfiguration(
            policyPaths: [policyPath], alertsPath: nil,
            databasePath: directory.appendingPathComponent("state.sqlite").path,
            logsDirectory: directory.appendingPathComponent("logs").path, sources: [source],
            sourceDescriptions: ["synthetic (\(source.seriesCount) series)"], clock: .simulated(from: start, speed: 1),
            environment: [:], write: { _ in lines.add() })

        let beforeStart = ProcessMemory.residentBytes() ?? 0
        let core: DaemonCore
        do {
            MallocArenas.capForDaemon()
            core = try await DaemonCore.start(configuration)
        } catch {
            FileHandle.standardError.write(Data("error: the daemon core did not start: \(error)\n".utf8))
            exit(1)
        }
        let idle = ProcessMemory.residentBytes() ?? 0
        emit(
            "daemon core: \(source.seriesCount) series (\(source.counterLabels.count) counters, "
                + "\(source.gaugeLabels.count) gauges) collected every \(options.scrapeInterval)s, "
                + "\(options.hours) simulated hours, longest rule window 1h, minimum retention 15m")
        emit("RSS before start: \(megabytes(beforeStart)), idle after start (no data yet): \(megabytes(idle))")
        emit("hour  RSS        series   samples     store sample bytes  store estimate  real s")

        let clock = ContinuousClock()
        let began = clock.now
        let end = start + Int64(options.hours) * hour
        var nextReport = start + hour
        var hourly: [(hour: Int, resident: Int, statistics: DaemonStoreStatistics)] = []
        var now = start
        while now <= end {
            await core.advance(to: now)
            if now >= nextReport {
                let resident = ProcessMemory.residentBytes() ?? 0
                let statistics = await core.storeStatistics
                let elapsed = clock.now - began
                let row = hourly.count + 1
                hourly.append((row, resident, statistics))
                emit(
                    String(
                        format: "%4d  %@  %7d  %10d  %18@  %14@  %6.1f", row, megabytes(resident), statistics.series,
                        statistics.samples, megabytes(statistics.sampleBytes), megabytes(statistics.estimatedBytes),
                        Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18))
                nextReport += hour
            }
            guard let next = await core.nextWake else { break }
            now = next
        }
        summarize(hourly, idle: idle, lines: lines.count)
    }

    /// The last hour's bytes per retained sample, and how far RSS moved once the 1h windows were full.
    private static func summarize(
        _ hourly: [(hour: Int, resident: Int, statistics: DaemonStoreStatistics)], idle: Int, lines: Int
    ) {
        guard let last = hourly.last else { return }
        let samples = Double(max(1, last.statistics.samples))
        emit(
            String(
                format: "bytes per retained sample: %.1f (RSS growth since idle), %.1f (store sample bytes), "
                    + "%.1f (store estimate, labels and index included)",
                Double(last.resident - idle) / samples, Double(last.statistics.sampleBytes) / samples,
                Double(last.statistics.estimatedBytes) / samples))
        // From hour 2 on, every 1h window and the 15m minimum are full.
        let steady = hourly.filter { $0.hour >= 2 }.map(\.resident)
        if let low = steady.min(), let high = steady.max(), let first = steady.first, let final = steady.last {
            emit(
                "RSS from hour 2 to \(last.hour): min \(megabytes(low)), max \(megabytes(high)), "
                    + "last minus hour 2 \(megabytes(final - first))")
        }
        emit("daemon lines written: \(lines)")
    }

    /// Writes one line at once, unbuffered, so a line per simulated hour shows as it happens even when the output is
    /// a pipe or a file (`print` buffers those until exit).
    private static func emit(_ line: String) {
        FileHandle.standardOutput.write(Data((line + "\n").utf8))
    }

    private static func megabytes(_ bytes: Int) -> String {
        String(format: "%7.1f MiB", Double(bytes) / 1_048_576)
    }

    /// Rules over the synthetic source's two metrics: 5m and 1h rates of the counters, a 30m average and a 1h
    /// maximum of the gauges, and two alerts (the error ratio fires for one job in four).
    static let policy = """
        groups:
          - name: bench-requests
            interval: 1m
            rules:
              - record: job_code:bench_requests:rate5m
                expr: sum by (job, code) (rate(bench_requests_total[5m]))
              - record: job:bench_requests:rate1h
                expr: sum by (job) (rate(bench_requests_total[1h]))
              - alert: BenchErrorRatioHigh
                expr: |
                  sum by (job) (job_code:bench_requests:rate5m{code=~"5.."})
                    / sum by (job) (job_code:bench_requests:rate5m) > 0.02
                for: 5m
                labels:
                  severity: warning
          - name: bench-queues
            interval: 1m
            rules:
              - record: job:bench_queue_depth:avg30m
                expr: avg by (job) (avg_over_time(bench_queue_depth[30m]))
              - alert: BenchQueueDeep
                expr: max by (job, queue) (max_over_time(bench_queue_depth[1h])) > 85
                for: 10m
                labels:
                  severity: warning

        """
}

/// Counts the lines the daemon writes for a person, which the benchmark does not print.
private final class LineCounter: @unchecked Sendable {
    private var lines = 0
    private let lock = NSLock()

    func add() { lock.withLock { lines += 1 } }
    var count: Int { lock.withLock { lines } }
}
