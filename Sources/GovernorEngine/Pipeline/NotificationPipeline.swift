public import GovernorCore
public import GovernorQuery

/// Turns the alerts rule evaluation hands over into outbox deliveries, with Alertmanager's semantics:
/// route → group → wait (`group_wait`, then `group_interval`) → silence, inhibit and mute → dedup
/// (`repeat_interval`, `send_resolved`) → deliver to the `OutboxDispatcher`.
///
/// Time is always a parameter: `receive(_:at:)` and `tick(at:)` never look at a clock, so tests drive every
/// timer to the millisecond without sleeping. A daemon calls `tick(at:)` at `nextFlushAt`.
public actor NotificationPipeline {
    private let configuration: AlertingConfiguration
    private let routing: RouteStage
    private var suppression: SuppressionStage
    private let dedup: DedupStage
    private let delivery: DeliverStage
    /// Keyed by the matched route's path as well as the group key: two routes may share a key (same matchers
    /// under the same parent), and each still gets its own groups, as Alertmanager keeps groups per route.
    private var groups: [GroupIdentity: AggregationGroup] = [:]
    /// The latest copy of every alert still firing, across all groups: the sources inhibition looks at.
    private var firing: [String: Labels] = [:]

    public init(
        configuration: AlertingConfiguration, dispatcher: OutboxDispatcher,
        log: any NotificationLogStore = InMemoryNotificationLogStore(), externalURL: String = ""
    ) {
        self.configuration = configuration
        routing = RouteStage(root: configuration.route)
        suppression = SuppressionStage(configuration: configuration)
        dedup = DedupStage(log: log)
        delivery = DeliverStage(dispatcher: dispatcher, externalURL: externalURL)
    }

    /// Silences made while running (the Alertmanager API) beside those of the configuration: honoured from the next
    /// flush on, as Alertmanager's silence stage reads its silences afresh at every flush.
    public func replaceRuntimeSilences(_ silences: [Silence]) {
        var configuration = self.configuration
        configuration.silences += silences
        suppression = SuppressionStage(configuration: configuration)
    }

    /// The earliest time a group is due to flush; nil when no group holds alerts.
    public var nextFlushAt: Timestamp? { groups.values.compactMap(\.nextFlushAt).min() }

    /// Group keys with their receiver, for inspection.
    public var activeGroups: [(receiver: String, groupKey: String)] {
        groups.values.map { ($0.route.receiver, $0.groupKey) }.sorted { ($0.0, $0.1) < ($1.0, $1.1) }
    }

    /// Hands over what `RuleGroupEvaluator.alertsToSend(at:)` returned.
    public func receive(_ due: [(rule: RuleDefinition, alerts: [AlertInstance])], at time: Timestamp) {
        receive(due.flatMap { rule, alerts in alerts.map { PipelineAlert($0, ruleName: rule.kind.name) } }, at: time)
    }

    /// Routes each alert into the aggregation group of every route it reaches, arming new groups' `group_wait`.
    public func receive(_ alerts: [PipelineAlert], at time: Timestamp) {
        for alert in alerts {
            if alert.isResolved {
                firing[alert.fingerprint] = nil
            } else {
                firing[alert.fingerprint] = alert.labels
            }
            for route in routing.routes(for: alert.labels) {
                let key = GroupIdentity(path: route.path, groupKey: route.groupKey(for: alert.labels))
                var group = groups[key] ?? AggregationGroup(route: route, labels: alert.labels)
                group.insert(alert, at: time)
                groups[key] = group
            }
        }
    }

    /// Flushes every group due at `time` (in group-key order, so runs are reproducible) and returns what each
    /// flush did.
    public func tick(at time: Timestamp) async throws -> [FlushRecord] {
        var records: [FlushRecord] = []
        for key in groups.keys.sorted(by: { ($0.groupKey, $0.receiver) < ($1.groupKey, $1.receiver) }) {
            guard var group = groups[key], group.flushIfDue(at: time) else { continue }
            let alerts = group.sortedAlerts
            records.append(try await flush(alerts, of: group, at: time))
            group.removeResolved(alerts)
            groups[key] = group.isEmpty ? nil : group
        }
        return records
    }

    /// Runs every flush due up to and including `time`, each at its own due time, and returns them in order.
    public func advance(through time: Timestamp) async throws -> [FlushRecord] {
        var records: [FlushRecord] = []
        while let next = nextFlushAt, next <= time {
            records += try await tick(at: next)
        }
        return records
    }

    private struct GroupIdentity: Hashable {
        var path: [RouteStep]
        var groupKey: String

        var receiver: String { path.last?.receiver ?? "" }
    }

    private func flush(_ alerts: [PipelineAlert], of group: AggregationGroup, at time: Timestamp) async throws
        -> FlushRecord
    {
        let receiver = group.route.receiver
        var record = FlushRecord(time: time, receiver: receiver, groupKey: group.groupKey, outcome: .allSuppressed)
        if let reason = suppression.muteReason(for: group.route, at: time) {
            record.outcome = .muted(reason)
            return record
        }
        let sources = firing.values.sorted()
        let (kept, suppressed) = suppression.filter(alerts, amongFiring: sources, at: time)
        record.suppressed = suppressed
        guard !kept.isEmpty else { return record }
        let wantsResolved = configuration.receiver(named: receiver)?.wantsResolved ?? true
        let verdict = try await dedup.decide(
            kept, receiver: receiver, groupKey: group.groupKey, sendResolved: wantsResolved,
            repeatInterval: group.route.options.repeatInterval, at: time)
        switch verdict.decision {
        case .skip(let reason):
            record.outcome = .skipped(reason)
        case .send(let reason):
            if let notification = delivery.notification(
                for: kept, group: group, wantsResolved: wantsResolved, at: time)
            {
                try await delivery.submit(notification, at: time)
                record.outcome = .sent(reason, notificationID: notification.id)
            } else {
                record.outcome = .resolvedNotWanted(reason)
            }
            try await dedup.record(verdict, receiver: receiver, groupKey: group.groupKey)
        }
        return record
    }
}
