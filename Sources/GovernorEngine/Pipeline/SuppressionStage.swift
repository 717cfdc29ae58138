import GovernorCore
import GovernorQuery

/// Takes out of a flush what must not be sent now, saying why: the whole group when its route is muted by a time
/// interval, and each alert that a silence or an inhibition rule mutes (Alertmanager's TimeMute, TimeActive,
/// Silence and Inhibit stages). Suppressed alerts stay in their group: they come back when the reason ends.
struct SuppressionStage: Sendable {
    let configuration: AlertingConfiguration

    /// Why the route sends nothing at `time`, or nil when it may send.
    func muteReason(for route: MatchedRoute, at time: Timestamp) -> String? {
        guard configuration.isMuted(route, at: time) else { return nil }
        let active = route.options.activeTimeIntervals
        if !route.options.muteTimeIntervals.isEmpty && (active.isEmpty || mutedByMuteInterval(route, at: time)) {
            return "inside mute_time_intervals \(route.options.muteTimeIntervals.joined(separator: ", "))"
        }
        return "outside active_time_intervals \(active.joined(separator: ", "))"
    }

    /// Splits `alerts` into those to consider for sending and those silenced or inhibited.
    /// - Parameter firing: every alert firing now, in any group, as inhibition sources.
    func filter(_ alerts: [PipelineAlert], amongFiring firing: [Labels], at time: Timestamp)
        -> (kept: [PipelineAlert], suppressed: [FlushRecord.Suppression])
    {
        var kept: [PipelineAlert] = []
        var suppressed: [FlushRecord.Suppression] = []
        for alert in alerts {
            let reasons = configuration.suppressionReasons(for: alert.labels, amongFiring: firing, at: time)
            if reasons.isEmpty {
                kept.append(alert)
            } else {
                suppressed.append(FlushRecord.Suppression(labels: alert.labels, reasons: reasons))
            }
        }
        return (kept, suppressed)
    }

    private func mutedByMuteInterval(_ route: MatchedRoute, at time: Timestamp) -> Bool {
        var muteOnly = route
        muteOnly.options.activeTimeIntervals = []
        return configuration.isMuted(muteOnly, at: time)
    }
}
