import Logging
public import ServiceLifecycle
import UnixSignals

/// `governor run`: starts the core, then runs evaluation, delivery and reloading as lifecycle services until
/// SIGTERM or SIGINT (or `stopAfter`). A graceful stop lets the step under way finish; alert state, the outbox
/// and the notification log are already on disk after every step.
public enum Daemon {
    /// `attach` adds services that run beside the daemon's own (the HTTP server), given the started core.
    public static func run(
        _ configuration: DaemonConfiguration,
        attach: @Sendable (DaemonCore) async throws -> [any Service] = { _ in [] }
    ) async throws {
        let core = try await DaemonCore.start(configuration)
        let clock = await core.configuration.clock
        let stopAt = configuration.stopAt
        var logger = Logger(label: "governor")
        logger.logLevel = .warning
        let evaluation = EvaluationService(core: core, clock: clock, stopAt: stopAt)
        let services: [ServiceGroupConfiguration.ServiceConfiguration] =
            [
                .init(service: evaluation, successTerminationBehavior: .gracefullyShutdownGroup),
                .init(service: DeliveryService(core: core, clock: clock)),
                .init(service: ReloadService(core: core, configuration: configuration)),
            ] + (try await attach(core)).map { .init(service: $0) }
        var group = ServiceGroupConfiguration(services: services, logger: logger)
        group.gracefulShutdownSignals = [.sigterm, .sigint]
        group.maximumGracefulShutdownDuration = .seconds(15)
        try await ServiceGroup(configuration: group).run()
        await core.finish()
        let counters = await core.counters
        configuration.write(
            "stopped at \(DaemonText.time(await core.clockPosition)): \(counters.groupTicks) group ticks, "
                + "\(counters.missedTicks) missed, \(counters.notificationsDelivered) notifications delivered")
    }
}
