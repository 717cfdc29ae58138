import GovernorCore
import GovernorEngine
import GovernorPolicy
import GovernorQuery
import GovernorReceivers
import GovernorRuntime
import GovernorSources
import GovernorStore

extension DaemonCore {
    /// Loads the configuration, opens the state database and restores what the last run left: alert states, and
    /// for a simulated clock the time it had reached (with the history the rules need up to it, from the sources
    /// that can collect the past). Throws `DaemonError` with every problem when it cannot start.
    public static func start(_ configuration: DaemonConfiguration) async throws -> DaemonCore {
        let loaded = ConfigurationLoader(environment: configuration.environment).load(
            policies: configuration.policyPaths, alerts: configuration.alertsPath)
        guard let policy = loaded.policy, !loaded.hasErrors else {
            throw DaemonError(
                "the policies do not load; nothing was started", diagnostics: loaded.errors.map(\.description))
        }
        let database: GovernorDatabase
        do {
            database = try GovernorDatabase(path: configuration.databasePath)
        } catch {
            throw DaemonError("cannot open the state database \(configuration.databasePath): \(error)")
        }
        let stores = DaemonStores(database: database)
        var resumed = false
        // A simulated timeline starts where it was configured to (or where an interrupted run of it stopped), not
        // wherever its clock got to while the policies loaded.
        var start = configuration.clock.isSimulated ? configuration.clock.start : configuration.clock.now()
        if let timeline = configuration.timeline {
            if !configuration.startFresh, let position = await stores.rememberedClock(timeline: timeline),
                position >= configuration.clock.start
            {
                start = position + 1
                resumed = true
            } else {
                try await stores.startNewTimeline()
            }
        }
        var runtime: RuleRuntime
        if resumed {
            // Rebuild what the rules had written before the stop (recorded series read over long windows
            // included) by replaying up to an hour of the sources that can collect the past.
            let window = min(policy.graph.retention.values.max() ?? 0, 3_600_000)
            runtime = try RuleRuntime(policy: policy, startingAt: start - window)
            try await SourceReplay.run(&runtime, sources: configuration.sources, from: start - window, until: start)
        } else {
            runtime = try RuleRuntime(policy: policy, startingAt: start)
        }
        // Alert state is what was saved, never what a replay computed. As Prometheus restores alerts, none counts
        // as handed to the notifier yet: each goes to the pipeline again at start, whose durable notification
        // log keeps receivers from hearing twice what they were already told.
        let saved = try await stores.alertStates.load().map { saved in
            (
                saved.group, saved.rule,
                saved.alerts.map { alert in
                    var restored = alert
                    restored.lastSentAt = nil
                    restored.validUntil = nil
                    return restored
                }
            )
        }
        runtime.replaceAlerts(with: saved)
        let logs = DaemonLogs(
            directory: configuration.logsDirectory, maximumBytes: configuration.logMaximumBytes,
            keep: configuration.logFilesKept)
        let factory = ReceiverFactory(
            environment: configuration.environment, transport: HTTPTransport(timeout: 10),
            ticketLedger: SQLiteTicketLedger(database: database),
            ticketLogPath: "\(configuration.logsDirectory)/maintenance_tickets.ndjson",
            standardOutput: configuration.write)
        let core = try DaemonCore(
            runtime: runtime, alerting: loaded.alerting, configuration: configuration, stores: stores, logs: logs,
            receiverFactory: factory, start: start)
        await core.configureForecasts(loaded.policySet.forecasts, at: start)
        await core.announce(loaded, resumedAt: resumed ? start : nil)
        try await core.restoreSilences()
        await core.startDelivery()
        // Saved alerts of groups the policies no longer have matched no rule above; they leave the store now.
        await core.forgetAlertsOfDroppedGroups(at: start)
        await core.handOverRestoredAlerts(at: start)
        if configuration.clock.isSimulated {
            // The simulated clock starts running now that everything is ready, before the first snapshot is posted,
            // so that snapshot already counts uptime from where this run started (a resumed one included).
            await core.restartClock(at: start)
        }
        await core.publish()
        return core
    }

    /// Builds the notification pipeline and the outbox dispatcher for the current routing configuration. A
    /// receiver that cannot deliver yet (its token is not set) prints what it would have sent instead.
    func startDelivery() async {
        guard let alerting else {
            pipeline = nil
            dispatcher = nil
            return
        }
        var notifiers: [String: [any Notifier]] = [:]
        for receiver in alerting.receivers {
            do {
                notifiers[receiver.name] = try receiverFactory.notifiers(for: receiver)
            } catch {
                say("  \(receiver.name): cannot deliver (\(error.message)); its notifications are shown here instead")
                notifiers[receiver.name] = [receiverFactory.previewNotifier(for: receiver)]
            }
        }
        let dispatcher = OutboxDispatcher(store: SQLiteOutboxStore(database: stores.database), notifiers: notifiers)
        self.dispatcher = dispatcher
        let pipeline = NotificationPipeline(
            configuration: alerting, dispatcher: dispatcher, log: SQLiteNotificationLogStore(database: stores.database))
        await pipeline.replaceRuntimeSilences(silenceBook.silences)
        self.pipeline = pipeline
    }

    /// The lines printed once at start: what was loaded, where state and logs are, where time comes from.
    func announce(_ loaded: ConfigurationLoader.Loaded, resumedAt: Timestamp?) {
        let rules = runtime.plans.reduce(0) { $0 + $1.group.rules.count }
        say(
            "governor \(GovernorVersion.current): \(runtime.plans.count) groups, \(rules) rules from "
                + "\(configuration.policyPaths.joined(separator: ", ")) (\(loaded.files) files)")
        if let alerting {
            say(
                "  routes:  \(configuration.alertsPath ?? "") (receivers: "
                    + "\(alerting.receivers.map(\.name).joined(separator: ", ")))")
        } else {
            say("  routes:  none; alerts are evaluated and logged but nobody is notified")
        }
        let sources = configuration.sourceDescriptions.isEmpty ? ["none"] : configuration.sourceDescriptions
        say("  sources: \(sources.joined(separator: "; "))")
        let clock = configuration.clock
        if clock.isSimulated {
            let from = resumedAt.map { "resumed at \(DaemonText.time($0))" } ?? "from \(DaemonText.time(clock.start))"
            say("  clock:   simulated, \(from), \(GovernorVersion.plain(clock.speed))x real time")
        } else {
            say("  clock:   wall clock (UTC)")
        }
        if let stop = configuration.stopAt {
            say("  stops:   at \(DaemonText.time(stop))")
        }
        say("  state:   \(configuration.databasePath)")
        say("  logs:    \(logs.alertsFile.path), \(logs.governanceFile.path)")
        // Warnings about unset receiver secrets are left out: the receiver lines below say what they mean.
        let alertsPath = configuration.alertsPath ?? "\u{0}"
        for diagnostic in loaded.diagnostics
        where diagnostic.severity != .error && !diagnostic.location.file.hasPrefix(alertsPath) {
            say("  \(diagnostic.description)")
        }
    }
}
