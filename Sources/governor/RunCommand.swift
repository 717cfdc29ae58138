import ArgumentParser
import Foundation
import GovernorCore
import GovernorDaemon
import GovernorHTTP
import GovernorPolicy
import GovernorQuery
import GovernorSources
import GovernorStore

/// `governor run`: the daemon.
struct RunCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Run the daemon: collect metrics, evaluate the policies on every tick, notify, log.",
        discussion: """
            Every rule group runs on its own schedule (its interval, aligned to multiples of it, or its cron \
            expression); sources are collected just before the groups that read them. Alert state, the outbox and \
            the notification log live in a SQLite file (--state), so a restart carries on where the daemon \
            stopped: firing alerts stay firing, nothing already sent is sent again, nothing queued is lost. \
            Logs go to logs/alerts.ndjson (every state change, notification and delivery) and \
            logs/governance_loop.ndjson (one line per governance pass).

            Policies are reloaded on SIGHUP and whenever a file under --policies or --alerts changes. A reload \
            that fails keeps the running policies and prints every problem as file:line:col. SIGTERM or SIGINT \
            stops it gracefully.

            With --simulate, the embedded simulator provides the metrics (no exporter, no keys needed), and \
            --speed runs its clock faster than real time. A receiver whose token is not set prints what it \
            would have sent instead of sending it.

            Examples:
              governor run --simulate payment-outage --speed 60 --stop-after 1h
              governor run --simulate latency-regression --speed 600 --seed 7
              governor run --history examples/payment-outage.load --speed 600
              governor run --policies policies/ --alerts alerts/ --state /var/lib/governor/state.sqlite

            See docs/running.md.
            """
    )

    @Option(help: ArgumentHelp("Policy file or directory.", valueName: "path"))
    var policies: String = "policies/"

    @Option(help: ArgumentHelp("Routes and receivers, or 'none' to notify nobody.", valueName: "path"))
    var alerts: String = "alerts/"

    @Option(help: ArgumentHelp("The SQLite state file (created on first start).", valueName: "file"))
    var state: String?

    @Option(help: ArgumentHelp("Directory for the NDJSON logs.", valueName: "dir"))
    var logs: String = "logs"

    @Option(
        help: ArgumentHelp(
            "Take metrics from the simulator, in this scenario (see `governor simulate --list`).",
            valueName: "scenario"))
    var simulate: String?

    @Option(help: ArgumentHelp("Take metrics from a recorded history (the formats dry-run reads).", valueName: "file"))
    var history: String?

    @Option(help: "The simulator's noise seed.")
    var seed: UInt64 = Simulator.defaultSeed

    @Option(help: ArgumentHelp("Run a simulated clock this many times faster than real time.", valueName: "factor"))
    var speed: Double?

    @Option(
        help: ArgumentHelp(
            "Where a simulated clock starts (default: the simulator's fixed start, or the history's first sample).",
            valueName: "time"))
    var start: String?

    @Option(help: ArgumentHelp("Stop after this much clock time (simulated with --speed).", valueName: "duration"))
    var stopAfter: String?

    @Option(
        help: ArgumentHelp(
            "How often to look for changed policy files (real time); 0 turns watching off (SIGHUP still reloads).",
            valueName: "duration"))
    var watchInterval: String = "2s"

    @Option(
        help: ArgumentHelp(
            "The least history every series keeps in memory, beyond what the rules read.", valueName: "duration"))
    var minRetention: String = "15m"

    @Flag(help: "Start a simulated timeline from its beginning even if an earlier run of it was interrupted.")
    var fresh = false

    @Option(
        help: ArgumentHelp(
            "Where the HTTP API listens (HOST:PORT; port 0 picks a free one), or 'none' to serve nothing.",
            valueName: "address"))
    var listen: String = HTTPSettings.defaultListen

    @Option(
        help: ArgumentHelp(
            "A file holding the dashboard key (default: $GOVERNOR_DASH_KEY, else a key made at first start next to --state).",
            valueName: "file"))
    var dashKeyFile: String?

    @Flag(help: "Serve /metrics without the dashboard key, for a Prometheus that scrapes without credentials.")
    var metricsWithoutKey = false

    func validate() throws {
        var problems: [String] = []
        if simulate != nil && history != nil {
            problems.append("--simulate and --history both give the metrics; pick one")
        }
        if let simulate {
            do { _ = try SimulatorScenario.named(simulate) } catch { problems.append(error.description) }
        }
        if let speed, !(speed > 0 && speed.isFinite) {
            problems.append("--speed must be a positive number, such as 60")
        }
        if speed != nil && simulate == nil && history == nil {
            problems.append("--speed needs --simulate or --history: real sources cannot be sped up")
        }
        if let start, EvaluationTime.parse(start) == nil {
            problems.append("--start \(quotedLabelValue(start)) is not a time such as 2025-01-01T00:00:00Z")
        }
        if let stopAfter, (PrometheusDuration.parse(stopAfter) ?? 0) <= 0 {
            problems.append("--stop-after \(quotedLabelValue(stopAfter)) is not a positive duration such as 1h")
        }
        if PrometheusDuration.parse(minRetention) == nil {
            problems.append("--min-retention \(quotedLabelValue(minRetention)) is not a duration such as 15m")
        }
        if PrometheusDuration.parse(watchInterval) == nil {
            problems.append("--watch-interval \(quotedLabelValue(watchInterval)) is not a duration such as 2s")
        }
        if listen != "none" && HTTPSettings.parseListen(listen) == nil {
            problems.append("--listen \(quotedLabelValue(listen)) is not an address such as 127.0.0.1:9097 (or 'none')")
        }
        if !problems.isEmpty { throw ValidationError(problems.joined(separator: "\n")) }
    }

    func run() async throws {
        MallocArenas.capForDaemon()
        let metrics = try metricSources()
        let simulated = simulate != nil || history != nil
        let clock: DaemonClock =
            simulated ? .simulated(from: metrics.start, speed: speed ?? 1) : .wall()
        // A recorded history ends with its last sample unless told otherwise.
        let stopAt = stopAfter.flatMap(PrometheusDuration.parse).map { clock.start + $0 } ?? metrics.end
        let timeline = simulated ? metrics.timeline : nil
        let configuration = DaemonConfiguration(
            policyPaths: [policies], alertsPath: alerts == "none" ? nil : alerts,
            databasePath: state
                ?? (simulated ? ".governor/\(metrics.timelineFile).sqlite" : GovernorDatabase.defaultPath),
            logsDirectory: logs, sources: metrics.sources, sourceDescriptions: metrics.descriptions, clock: clock,
            timeline: timeline, startFresh: fresh, stopAt: stopAt,
            minimumRetention: PrometheusDuration.parse(minRetention) ?? 15 * 60_000,
            reloadPollInterval: PrometheusDuration.parse(watchInterval) ?? 2_000,
            environment: ProcessInfo.processInfo.environment,
            write: { line in FileHandle.standardOutput.write(Data((line + "\n").utf8)) })
        do {
            if let http = try httpServer(board: configuration.board, databasePath: configuration.databasePath) {
                let instrumented = http.instrument(configuration)
                try await Daemon.run(instrumented) { core in
                    [
                        http.service(core: core, configuration: instrumented) { port in
                            let host = http.settings.host
                            instrumented.write(
                                "  http:    http://\(host):\(port) (dashboard key \(http.key.origin))")
                        }
                    ]
                }
            } else {
                try await Daemon.run(configuration)
            }
        } catch let error as DaemonError {
            printError("error: \(error.description)")
            throw ExitCode.failure
        } catch let error as HTTPSetupError {
            printError("error: \(error.description)")
            throw ExitCode.failure
        } catch {
            let inUse = "\(error)".contains("Address already in use")
            printError(
                inUse
                    ? "error: cannot listen on \(listen): the address is in use; pick another with --listen"
                    : "error: the daemon stopped: \(error)")
            throw ExitCode.failure
        }
    }

    /// The HTTP server the settings ask for; nil with `--listen none`.
    private func httpServer(board: DaemonBoard, databasePath: String) throws -> DaemonHTTP? {
        guard listen != "none", let address = HTTPSettings.parseListen(listen) else { return nil }
        let settings = HTTPSettings(
            host: address.host, port: address.port, metricsWithoutKey: metricsWithoutKey,
            acceptRemoteWrite: simulate == nil && history == nil)
        let keyFile = URL(fileURLWithPath: databasePath).deletingLastPathComponent().appendingPathComponent("dash.key")
        return try DaemonHTTP(
            settings: settings,
            keySource: DashKeySource(
                environment: ProcessInfo.processInfo.environment, keyFile: dashKeyFile,
                generatedKeyFile: keyFile.relativePath),
            board: board)
    }

    /// Where a run's metrics come from, and how to name its timeline.
    private struct Metrics {
        var sources: [any MetricSource]
        var descriptions: [String]
        /// Where a simulated clock starts.
        var start: Timestamp
        /// Where a recorded history ends.
        var end: Timestamp?
        /// Identifies a simulated timeline, so an interrupted run resumes it.
        var timeline: String
        /// Names the default state file of a simulated run.
        var timelineFile: String
    }

    private func metricSources() throws -> Metrics {
        if let history {
            let loaded: History
            do {
                loaded = try HistoryReader.read(path: history)
            } catch {
                printError(error.description)
                throw ExitCode.failure
            }
            let source = HistoryReplaySource(samples: loaded.samples, interval: 10_000)
            let name = URL(fileURLWithPath: history).deletingPathExtension().lastPathComponent
            return Metrics(
                sources: [source], descriptions: ["history \(history) (\(loaded.samples.count) samples)"],
                start: start.flatMap(EvaluationTime.parse) ?? source.firstTimestamp ?? 0, end: source.lastTimestamp,
                timeline: "history:\(history)", timelineFile: "history-\(name)")
        }
        if let simulate {
            let scenario = try SimulatorScenario.named(simulate)
            let start = start.flatMap(EvaluationTime.parse) ?? Simulator.defaultStart
            return Metrics(
                sources: [Simulator(scenario: scenario, seed: seed, start: start)],
                descriptions: ["simulator (scenario \(scenario.rawValue), seed \(seed), every 10s)"], start: start,
                end: nil, timeline: "simulator:\(scenario.rawValue):\(seed):\(start)",
                timelineFile: "simulation-\(scenario.rawValue)")
        }
        return try declaredSources()
    }

    /// The sources `sources.yaml` declares, on the wall clock; a declared simulator's scenario starts now (at the
    /// minute). When the policies do not load, no sources: starting the daemon reports why.
    private func declaredSources() throws -> Metrics {
        let loaded = ConfigurationLoader().load(policies: [policies], alerts: nil)
        let now = Timestamp(Date().timeIntervalSince1970 * 1_000)
        let database: GovernorDatabase
        do {
            database = try GovernorDatabase(path: state ?? GovernorDatabase.defaultPath)
        } catch {
            printError("error: cannot open the state database: \(error)")
            throw ExitCode.failure
        }
        let factory = SourceFactory(positionStore: SQLiteTailPositionStore(database: database))
        let sources: [any MetricSource]
        do {
            sources = try factory.sources(for: loaded.sources, simulatorStart: now - now % 60_000)
        } catch {
            printError("error: \(loaded.sources.simulator?.location.description ?? "sources"): \(error.description)")
            throw ExitCode.failure
        }
        return Metrics(
            sources: sources,
            descriptions: sources.map { "\($0.name) (every \(PrometheusDuration.format($0.interval)))" }, start: now,
            end: nil, timeline: "", timelineFile: "")
    }
}
