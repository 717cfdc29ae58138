import GovernorCore
import GovernorQuery

/// The alerts of one route that share its `group_by` labels, and when they are next flushed: Alertmanager's
/// `aggrGroup`. A value; the pipeline actor owns every group.
struct AggregationGroup: Sendable {
    let route: MatchedRoute
    let groupKey: String
    let groupLabels: Labels
    private(set) var schedule: AggregationGroupSchedule
    /// By fingerprint: a newer copy of an alert replaces the older one.
    private(set) var alerts: [String: PipelineAlert] = [:]

    init(route: MatchedRoute, labels: Labels) {
        self.route = route
        groupKey = route.groupKey(for: labels)
        groupLabels = route.options.groupBy.groupLabels(of: labels)
        schedule = AggregationGroupSchedule(route.options)
    }

    var isEmpty: Bool { alerts.isEmpty }
    var nextFlushAt: Timestamp? { schedule.nextFlushAt }

    mutating func insert(_ alert: PipelineAlert, at time: Timestamp) {
        alerts[alert.fingerprint] = alert
        _ = schedule.alertInserted(startsAt: alert.alert.startsAt, at: time)
    }

    /// Whether the group's timer is due at `time`; when it is, the timer moves on by `group_interval`.
    mutating func flushIfDue(at time: Timestamp) -> Bool {
        if case .flush = schedule.timerFired(at: time) { return true }
        return false
    }

    /// The alerts in Alertmanager's notification order: by `job`, then `instance`, then the whole label set.
    var sortedAlerts: [PipelineAlert] {
        alerts.values.sorted { left, right in
            for key in ["job", "instance"] {
                let (a, b) = (left.labels[key], right.labels[key])
                if a != b, let a, let b { return a < b }
            }
            return left.labels < right.labels
        }
    }

    /// After a flush, resolved alerts have been told (or had nobody to tell) and leave the group, unless a newer
    /// copy arrived since the flush read them.
    mutating func removeResolved(_ flushed: [PipelineAlert]) {
        for alert in flushed where alert.isResolved && alerts[alert.fingerprint] == alert {
            alerts[alert.fingerprint] = nil
        }
    }
}
