import GovernorQuery
import ServiceLifecycle

/// The evaluation loop: at every instant something is due (a source, a group, a notification flush), advance
/// the core to the clock, then sleep until the next such instant. On the wall clock a loop that fell behind runs
/// each late group once and counts the skipped ticks; a simulated clock is caught up instant by instant. On graceful shutdown the step under way
/// finishes and the loop ends; with `stopAfter`, it ends by itself once that much clock time has passed.
struct EvaluationService: Service {
    let core: DaemonCore
    let clock: DaemonClock
    let stopAt: Timestamp?

    func run() async throws {
        while !Task.isShuttingDownGracefully {
            let now = clock.now()
            let target = stopAt.map { min(now, $0) } ?? now
            if clock.isSimulated {
                // Simulated time never skips: when the clock ran ahead of evaluation, every instant in between is
                // run in order, so a faster clock gives the same answers as a slower one (and as dry-run).
                while let next = await core.nextWake, next < target, !Task.isShuttingDownGracefully {
                    await core.advance(to: next)
                }
            }
            await core.advance(to: target)
            if let stopAt, target >= stopAt { break }
            let wake = await core.nextWake ?? (now + 1_000)
            let next = stopAt.map { min(wake, $0) } ?? wake
            do {
                try await cancelWhenGracefulShutdown { try await clock.sleep(until: next) }
            } catch {
                break
            }
        }
    }
}
