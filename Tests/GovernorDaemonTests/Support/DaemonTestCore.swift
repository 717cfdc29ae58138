import Foundation
import GovernorDaemon
import GovernorQuery
import GovernorSources
import Synchronization

/// A daemon core on a simulated clock with one group (`g`: alert `XHigh` on `x > 5`, every 10 s) and a source
/// that can be made to fail, for tests that drive it instant by instant.
enum DaemonTestCore {
    /// `x` = 10 at every collection, except while `failing` is set.
    final class FlakySource: MetricSource {
        let name = "flaky"
        let interval: Int64 = 10_000
        let failing = Mutex(false)

        func collect(at time: Timestamp) async -> SourceBatch {
            if failing.withLock({ $0 }) { return SourceBatch(samples: [], error: "connection refused") }
            return SourceBatch(samples: [VectorSample(labels: ["__name__": "x"], timestamp: time, value: 10)])
        }
    }

    final class Lines: Sendable {
        private let lines = Mutex<[String]>([])
        var all: [String] { lines.withLock { $0 } }
        func append(_ line: String) { lines.withLock { $0.append(line) } }
    }

    static let rules = """
        groups:
          - name: g
            interval: 10s
            rules:
              - alert: XHigh
                expr: x > 5
        """

    /// A core whose policy is `rules`, written to `rules.yaml` in the returned directory.
    static func start(source: FlakySource, lines: Lines, rules: String = rules) async throws -> (DaemonCore, URL) {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("governor-core-\(UUID())")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        try rules.write(to: directory.appendingPathComponent("rules.yaml"), atomically: true, encoding: .utf8)
        return (try await DaemonCore.start(configuration(in: directory, source: source, lines: lines)), directory)
    }

    /// The configuration `start` runs with in `directory`: starting another core with it is a restart.
    static func configuration(in directory: URL, source: FlakySource, lines: Lines) -> DaemonConfiguration {
        DaemonConfiguration(
            policyPaths: [directory.appendingPathComponent("rules.yaml").path], alertsPath: nil,
            databasePath: directory.appendingPathComponent("state.sqlite").path,
            logsDirectory: directory.appendingPathComponent("logs").path, sources: [source],
            sourceDescriptions: ["flaky"], clock: .simulated(from: 0, speed: 1), timeline: "test", environment: [:],
            write: lines.append)
    }
}
