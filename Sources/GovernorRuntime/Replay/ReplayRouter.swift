public import GovernorCore
import GovernorQuery

/// Decides who a replayed notification would reach: silences, then inhibition, then the route tree and each
/// matched route's time intervals, as Alertmanager's pipeline orders its stages.
struct ReplayRouter: Sendable {
    let configuration: AlertingConfiguration

    init(_ configuration: AlertingConfiguration) {
        self.configuration = configuration
    }

    func route(_ notification: inout ReplayNotification, amongFiring firing: [Labels]) {
        let labels = notification.labels
        let time = notification.time
        notification.suppressedBecause += configuration.suppressionReasons(for: labels, amongFiring: firing, at: time)
        guard notification.suppressedBecause.isEmpty else { return }
        for matched in configuration.route.matches(labels) {
            if configuration.isMuted(matched, at: time) {
                notification.suppressedBecause.append("muted on the route to \(matched.receiver) by a time interval")
                continue
            }
            notification.deliveries.append(
                ReplayNotification.Delivery(receiver: matched.receiver, groupKey: matched.groupKey(for: labels)))
        }
    }
}
