import GovernorQuery
import ServiceLifecycle

/// Delivers what the outbox holds: soon after the evaluation loop queues something, and whenever a retry comes
/// due. Runs apart from evaluation, so a receiver that is slow or down never delays a tick. It looks for work
/// every `pollInterval` of real time, which keeps it simple and costs nothing measurable. On shutdown it makes
/// one last round (bounded by the receivers' own timeouts); whatever is still pending stays in the outbox on
/// disk for the next start.
struct DeliveryService: Service {
    let core: DaemonCore
    let clock: DaemonClock
    var pollInterval: Duration = .milliseconds(50)

    func run() async throws {
        var nextRetry = await core.deliver(at: clock.now())
        while !Task.isShuttingDownGracefully {
            do {
                try await cancelWhenGracefulShutdown { try await Task.sleep(for: pollInterval) }
            } catch {
                break
            }
            let queued = await core.takeDeliveryRequest()
            let retryDue = nextRetry.map { $0 <= clock.now() } ?? false
            guard queued || retryDue else { continue }
            nextRetry = await core.deliver(at: clock.now())
        }
        _ = await core.deliver(at: clock.now())
    }
}
