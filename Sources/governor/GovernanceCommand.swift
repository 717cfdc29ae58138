import ArgumentParser
import Foundation
import GovernorCore
import GovernorDaemon
import GovernorPolicy
import GovernorQuery
import GovernorRuntime
import GovernorSources

/// `governor governance`: one governance pass now.
struct GovernanceCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "governance",
        abstract: "Run one governance pass now and print the status, the compliance index and the SLO breaches.",
        discussion: """
            Collects the last --window of metrics (from the simulator, or from a recorded history), evaluates \
            the policies over it tick by tick exactly as the daemon does, and reads the governance series at \
            --at. Exits 0 whatever the status; 1 when the policies or the history do not load.

            Examples:
              governor governance
              governor governance --simulate payment-outage --at 2025-01-01T00:45:00Z
              governor governance --history examples/governance-breach.load --at 15m --format json
            """
    )

    @Option(help: ArgumentHelp("Policy file or directory.", valueName: "path"))
    var policies: String = "policies/"

    @Option(help: ArgumentHelp("Take metrics from the simulator, in this scenario.", valueName: "scenario"))
    var simulate: String?

    @Option(help: ArgumentHelp("Take metrics from a recorded history.", valueName: "file"))
    var history: String?

    @Option(help: "The simulator's noise seed.")
    var seed: UInt64 = Simulator.defaultSeed

    @Option(
        help: ArgumentHelp(
            "When the pass is taken (default: now; with --history, its last sample).", valueName: "time"))
    var at: String?

    @Option(help: ArgumentHelp("How much history the pass evaluates before --at.", valueName: "duration"))
    var window: String = "1h"

    @Option(help: "Output format: text or json.")
    var format: OutputFormat = .text

    func validate() throws {
        var problems: [String] = []
        if simulate != nil && history != nil {
            problems.append("--simulate and --history both give the metrics; pick one")
        }
        if let simulate {
            do { _ = try SimulatorScenario.named(simulate) } catch { problems.append(error.description) }
        }
        if let at, EvaluationTime.parse(at) == nil {
            problems.append(
                "--at \(quotedLabelValue(at)) is not a time such as 2025-01-01T00:45:00Z, 1700000000 or 15m")
        }
        if (PrometheusDuration.parse(window) ?? 0) <= 0 {
            problems.append("--window \(quotedLabelValue(window)) is not a positive duration such as 1h")
        }
        if !problems.isEmpty { throw ValidationError(problems.joined(separator: "\n")) }
    }

    func run() async throws {
        let loaded = ConfigurationLoader().load(policies: [policies], alerts: nil)
        for diagnostic in loaded.errors { printError(diagnostic.description) }
        guard let policy = loaded.policy else { throw ExitCode.failure }
        let source: any MetricSource
        var time = at.flatMap(EvaluationTime.parse) ?? Timestamp(Date().timeIntervalSince1970 * 1_000)
        if let history {
            let recorded: History
            do { recorded = try HistoryReader.read(path: history) } catch {
                printError(error.description)
                throw ExitCode.failure
            }
            let replay = HistoryReplaySource(samples: recorded.samples, interval: 10_000)
            time = at.flatMap(EvaluationTime.parse) ?? replay.lastTimestamp ?? 0
            source = replay
        } else {
            source = Simulator(scenario: try SimulatorScenario.named(simulate ?? "normal"), seed: seed)
        }
        let pass = try await GovernanceOnce.run(
            policy: policy, sources: [source], at: time, window: PrometheusDuration.parse(window) ?? 3_600_000)
        print(format == .json ? GovernancePassJSON.render(pass) : DaemonText.governanceReport(pass), terminator: "")
    }
}

/// `governor governance --format json`.
enum GovernancePassJSON {
    static func render(_ pass: GovernancePass) -> String {
        var object: [String: Any] = [
            "time": DaemonText.time(pass.time), "status": pass.status.rawValue,
            "breaches": pass.breaches.map { ["objective": $0.objective, "severity": $0.severity] },
        ]
        object["compliance_index"] = pass.complianceIndex.flatMap { $0.isFinite ? $0 : nil } ?? NSNull()
        object["breach_severity"] = pass.maxSeverity.flatMap { $0.isFinite ? $0 : nil } ?? NSNull()
        let data =
            (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes]))
        return String(decoding: data ?? Data(), as: UTF8.self) + "\n"
    }
}
