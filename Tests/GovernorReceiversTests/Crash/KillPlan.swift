import Foundation
import Synchronization

/// When to SIGKILL the delivering process, decided on the loopback server's own thread as each request arrives,
/// so a busy test machine cannot delay the kill past the moment it is meant to hit.
final class KillSwitch: Sendable {
    private struct Plan {
        var processID: pid_t
        var requestsNeeded: Int
        var delay: Double
        var seenBefore: Set<String>
        var requestsSeen = 0
        var sawFreshNotification = false
        var fired = false
    }

    private let plan = Mutex<Plan?>(nil)

    /// Arms the switch for one run: kill after `requests` requests, once at least one of them carried a
    /// notification that `seenBefore` does not contain, `delay` seconds later (0 kills while the request is held).
    func arm(processID: pid_t, requests: Int, delay: Double, seenBefore: Set<String>) {
        plan.withLock {
            $0 = Plan(processID: processID, requestsNeeded: requests, delay: delay, seenBefore: seenBefore)
        }
    }

    /// Called by the server for each request, before it answers.
    func observe(notificationID: String?) {
        let firing: (pid_t, Double)? = plan.withLock { plan in
            guard var current = plan, !current.fired else { return nil }
            current.requestsSeen += 1
            if let notificationID, !current.seenBefore.contains(notificationID) { current.sawFreshNotification = true }
            defer { plan = current }
            guard current.requestsSeen >= current.requestsNeeded && current.sawFreshNotification else { return nil }
            current.fired = true
            return (current.processID, current.delay)
        }
        guard let (processID, delay) = firing else { return }
        if delay == 0 {
            kill(processID, SIGKILL)
        } else {
            DispatchQueue.global().asyncAfter(deadline: .now() + delay) { kill(processID, SIGKILL) }
        }
    }
}
