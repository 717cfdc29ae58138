import ArgumentParser
import Foundation
import GovernorQuery
import GovernorSources

/// `governor simulate`: writes the simulator's history for a scenario as NDJSON samples that `dry-run` replays.
struct SimulateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "simulate",
        abstract: "Write a simulated metrics history for a scenario, for dry-run, explain and backtests.",
        discussion: """
            The simulator is Governor's embedded metric source: the seven components (API and SLOs, payments and \
            revenue, webhooks, security scanners, the scheduler's heartbeat, the host) as their exporters would \
            expose them. Each scenario starts healthy and breaks 10 minutes in, so that its alert fires through \
            the shipped policies within the first hour; `normal` fires nothing. The history is a pure function of \
            the scenario, --seed, --start and --interval: the same options always write the same file.

            The output is NDJSON, one sample a line: \
            {"labels":{"__name__":"up","instance":"api-1:8080","job":"api"},"timestamp":1735689600,"value":1}

            Examples:
              governor simulate --list
              governor simulate payment-outage --to outage.ndjson
              governor dry-run --history outage.ndjson
              governor simulate disk-filling --to disk.ndjson --duration 1h --seed 7
              governor simulate normal --to - --duration 1m | head

            Times are RFC 3339, Unix seconds, or a duration from 0 (0 starts at the epoch, as .load files do). \
            See docs/simulator.md.
            """
    )

    @Argument(help: ArgumentHelp("The scenario to simulate (see --list).", valueName: "scenario"))
    var scenario: String?

    @Option(help: ArgumentHelp("Where to write the NDJSON history; - writes to standard output.", valueName: "file"))
    var to: String?

    @Option(help: "The noise seed: another seed gives other noise, with the same incident.")
    var seed: UInt64 = Simulator.defaultSeed

    @Option(help: ArgumentHelp("The first sample's time.", valueName: "time"))
    var start: String = "2025-01-01T00:00:00Z"

    @Option(help: ArgumentHelp("How much history to write.", valueName: "duration"))
    var duration: String = "2h"

    @Option(help: ArgumentHelp("Time between two samples of a series.", valueName: "duration"))
    var interval: String = "10s"

    @Flag(help: "List the scenarios: what goes wrong in each and which alerts fire.")
    var list = false

    @Option(help: "Output format of the listing and the summary: text or json.")
    var format: OutputFormat = .text

    func validate() throws {
        if list { return }
        var problems: [String] = []
        if let scenario {
            do { _ = try SimulatorScenario.named(scenario) } catch { problems.append(error.description) }
        } else {
            problems.append(
                "name a scenario (\(SimulatorScenario.allCases.map(\.rawValue).joined(separator: ", "))), or use --list"
            )
        }
        if to == nil { problems.append("--to is required: the file to write, or - for standard output") }
        if EvaluationTime.parse(start) == nil {
            problems.append(
                "--start \(quotedLabelValue(start)) is not a time: use RFC 3339 such as 2025-01-01T00:00:00Z, "
                    + "Unix seconds such as 1735689600, or a duration from 0 such as 0 or 1h")
        }
        if PrometheusDuration.parse(duration) == nil {
            problems.append("--duration \(quotedLabelValue(duration)) is not a duration such as 2h or 90m")
        }
        if (PrometheusDuration.parse(interval) ?? 0) <= 0 {
            problems.append("--interval \(quotedLabelValue(interval)) is not a positive duration such as 10s or 1m")
        }
        if !problems.isEmpty { throw ValidationError(problems.joined(separator: "\n")) }
    }

    func run() throws {
        if list {
            print(format == .json ? Self.listingJSON() : Self.listingText(), terminator: "")
            return
        }
        guard let name = scenario, let to, let startTime = EvaluationTime.parse(start),
            let length = PrometheusDuration.parse(duration), let step = PrometheusDuration.parse(interval)
        else { throw ExitCode.validationFailure }
        let simulator = Simulator(
            scenario: try SimulatorScenario.named(name), seed: seed, start: startTime, interval: step)
        let written = try write(simulator, duration: length, to: to)
        var summary = Self.summary(simulator, samples: written.samples, series: written.series, to: to)
        summary["end"] = ReplayText.time(simulator.start + length)
        let text = format == .json ? DryRunJSON.text(summary) + "\n" : Self.summaryText(summary)
        // With the history on standard output, the summary goes to standard error so the NDJSON stays clean.
        if to == "-" { printError(text.trimmingCharacters(in: .newlines)) } else { print(text, terminator: "") }
    }

    private func write(_ simulator: Simulator, duration: Int64, to path: String) throws -> (samples: Int, series: Int) {
        let handle: FileHandle
        if path == "-" {
            handle = .standardOutput
        } else {
            guard FileManager.default.createFile(atPath: path, contents: nil) else {
                printError("error: cannot write \(path): the directory does not exist or is not writable")
                throw ExitCode.failure
            }
            handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        }
        defer { if path != "-" { try? handle.close() } }
        var labelText: [Labels: String] = [:]
        var samples = 0
        for time in simulator.instants(through: duration) {
            var chunk = ""
            for sample in simulator.samples(at: time) {
                let labels = labelText[sample.labels] ?? NDJSONSample.labels(sample.labels)
                labelText[sample.labels] = labels
                chunk += NDJSONSample.line(labels: labels, timestamp: time, value: sample.value)
                samples += 1
            }
            handle.write(Data(chunk.utf8))
        }
        return (samples, labelText.count)
    }

    private static func summary(_ simulator: Simulator, samples: Int, series: Int, to: String) -> [String: Any] {
        return [
            "scenario": simulator.scenario.rawValue, "seed": simulator.seed, "file": to, "samples": samples,
            "series": series, "start": ReplayText.time(simulator.start), "intervalMs": simulator.interval,
            "alerts": simulator.scenario.alerts,
        ]
    }

    private static func summaryText(_ summary: [String: Any]) -> String {
        let alerts = summary["alerts"] as? [String] ?? []
        return """
            wrote \(summary["samples"]!) samples of \(summary["series"]!) series to \(summary["file"]!) \
            (scenario \(summary["scenario"]!), seed \(summary["seed"]!), \(summary["start"]!) to \(summary["end"]!))
            expected alerts: \(alerts.isEmpty ? "none" : alerts.joined(separator: ", "))
            replay it: governor dry-run --history \(summary["file"]!)

            """
    }

    static func listingText() -> String {
        let width = SimulatorScenario.allCases.map(\.rawValue.count).max() ?? 0
        return SimulatorScenario.allCases.map { scenario in
            let name = scenario.rawValue.padding(toLength: width, withPad: " ", startingAt: 0)
            var fires = "Fires nothing."
            if let own = scenario.alerts.first, let minute = scenario.firstAlertMinute {
                let others = scenario.alerts.dropFirst()
                fires = "Fires \(own) at minute \(minute)"
                fires += others.isEmpty ? "." : " (and \(others.joined(separator: ", ")))."
            }
            return "\(name)  \(scenario.summary) \(fires)\n"
        }.joined()
    }

    static func listingJSON() -> String {
        DryRunJSON.text(
            SimulatorScenario.allCases.map {
                [
                    "name": $0.rawValue, "summary": $0.summary, "alerts": $0.alerts,
                    "firstAlertMinute": $0.firstAlertMinute as Any? ?? NSNull(),
                ]
            })
            + "\n"
    }
}

/// One NDJSON history line, as `dry-run` reads it: labels (sorted), Unix seconds, a number.
private enum NDJSONSample {
    static func labels(_ labels: Labels) -> String {
        let data = try? JSONSerialization.data(
            withJSONObject: DryRunJSON.labels(labels), options: [.sortedKeys, .withoutEscapingSlashes])
        return data.map { String(decoding: $0, as: UTF8.self) } ?? "{}"
    }

    static func line(labels: String, timestamp: Timestamp, value: Double) -> String {
        let seconds =
            timestamp % 1000 == 0 ? "\(timestamp / 1000)" : String(format: "%.3f", Double(timestamp) / 1000)
        let number = value.rounded() == value && abs(value) < 9.0e15 ? "\(Int64(value))" : "\(value)"
        return "{\"labels\":\(labels),\"timestamp\":\(seconds),\"value\":\(number)}\n"
    }
}
