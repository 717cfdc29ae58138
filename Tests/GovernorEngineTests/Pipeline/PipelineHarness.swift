import GovernorCore
import GovernorEngine
import GovernorQuery

/// A pipeline wired to an in-memory outbox whose receivers record what they get.
struct PipelineHarness {
    let pipeline: NotificationPipeline
    let store = InMemoryOutboxStore()
    let delivered = DeliveredNotifications()
    let dispatcher: OutboxDispatcher

    init(_ configuration: AlertingConfiguration) {
        var notifiers: [String: [any Notifier]] = [:]
        var names = configuration.receivers.map(\.name)
        configuration.route.walk { names.append($0.options.receiver) }
        for name in names { notifiers[name] = [RecordingNotifier(name: name, delivered: delivered)] }
        dispatcher = OutboxDispatcher(store: store, notifiers: notifiers, randomFraction: { 0 })
        pipeline = NotificationPipeline(configuration: configuration, dispatcher: dispatcher)
    }

    /// Runs every flush due through `time`, then delivers what they queued.
    @discardableResult
    func advance(through time: Int64) async throws -> [FlushRecord] {
        let records = try await pipeline.advance(through: time)
        _ = try await dispatcher.runOnce(at: time)
        return records
    }

    /// The records of flushes that queued a notification, as (time, receiver, reason).
    static func sent(_ records: [FlushRecord]) -> [SentFlush] {
        records.compactMap { record in
            guard case .sent(let reason, _) = record.outcome else { return nil }
            return SentFlush(time: record.time, receiver: record.receiver, reason: reason)
        }
    }
}

struct SentFlush: Hashable {
    var time: Int64
    var receiver: String
    var reason: DedupDecision.SendReason
}

func firing(_ labels: Labels, startsAt: Int64, rule: String = "Test") -> PipelineAlert {
    PipelineAlert(
        ruleName: rule,
        alert: NotificationAlert(
            status: .firing, labels: labels, annotations: [:], startsAt: startsAt, endsAt: nil,
            fingerprint: AlertFingerprint.of(labels)))
}

func resolved(_ labels: Labels, startsAt: Int64, at time: Int64, rule: String = "Test") -> PipelineAlert {
    PipelineAlert(
        ruleName: rule,
        alert: NotificationAlert(
            status: .resolved, labels: labels, annotations: [:], startsAt: startsAt, endsAt: time,
            fingerprint: AlertFingerprint.of(labels)))
}

func matcher(_ name: String, _ value: String) throws -> LabelMatcher {
    try LabelMatcher(name: name, type: .equal, value: value)
}

func webhookReceiver(_ name: String, sendResolved: Bool = true) -> ReceiverConfiguration {
    ReceiverConfiguration(
        name: name, integrations: [.webhook(WebhookSettings(url: "http://127.0.0.1:1/", sendResolved: sendResolved))],
        location: SourceLocation(file: "alerts/routes.yaml", line: 1, column: 1))
}

/// One route to `receiver`, grouping by `alertname`, 30s / 5m / 4h unless told otherwise.
func singleRoute(
    receiver: String = "team", groupBy: GroupBy = .labels(["alertname"]), groupWait: Int64 = 30_000,
    groupInterval: Int64 = 300_000, repeatInterval: Int64 = 14_400_000, sendResolved: Bool = true
) -> AlertingConfiguration {
    AlertingConfiguration(
        route: Route(
            RouteDefinition(
                receiver: receiver, groupBy: groupBy, groupWait: groupWait, groupInterval: groupInterval,
                repeatInterval: repeatInterval)),
        receivers: [webhookReceiver(receiver, sendResolved: sendResolved)])
}
