import Foundation
import GovernorCore
import GovernorEngine
import GovernorPolicy
import GovernorQuery
import GovernorReceivers
import GovernorRuntime

/// Runs the shipped `policies/` over a history as Prometheus's rule manager would, handing every alert due for
/// sending to a notification pipeline routed by the shipped `alerts/`, whose every receiver is a webhook on
/// `baseURL` (`/<receiver name>`). Deliveries happen at each flush's own time.
struct ShippedAlertsReplay {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    let pipeline: NotificationPipeline
    let dispatcher: OutboxDispatcher
    let policy: CompiledPolicy
    let history: History

    init(history file: String, baseURL: String) throws {
        let loaded = PolicyLoader().load(paths: [Self.root.appendingPathComponent("policies").path])
        policy = PolicyCompiler().compile(loaded.policySet)
        history = try HistoryReader.read(path: Self.root.appendingPathComponent(file).path)
        let alerting = AlertingConfigLoader().load(paths: [Self.root.appendingPathComponent("alerts").path])
        let configuration = try alerting.configuration.orThrow("alerts/ did not load: \(alerting.diagnostics)")
        let factory = ReceiverFactory(transport: HTTPTransport(timeout: 5))
        var notifiers: [String: [any Notifier]] = [:]
        for receiver in configuration.receivers {
            let hook = ReceiverConfiguration(
                name: receiver.name,
                integrations: [.webhook(WebhookSettings(url: "\(baseURL)/\(receiver.name)"))],
                location: receiver.location)
            notifiers[receiver.name] = try factory.notifiers(for: hook)
        }
        dispatcher = OutboxDispatcher(store: InMemoryOutboxStore(), notifiers: notifiers, randomFraction: { 0 })
        pipeline = NotificationPipeline(configuration: configuration, dispatcher: dispatcher)
    }

    /// Evaluates every due group at each step through the history, sending its alerts to the pipeline, and runs
    /// the flushes (and their deliveries) that fall in between at their exact times.
    /// `delivered` is called after each delivery round that delivered something, with the round's time.
    func run(delivered: (Timestamp) -> Void) async throws {
        let from = history.firstTimestamp ?? 0
        let to = history.lastTimestamp ?? 0
        var runtime = try RuleRuntime(policy: policy, storage: history.storage, startingAt: from)
        while let time = runtime.nextTickAt, time <= to {
            try await flushAndDeliver(before: time, delivered: delivered)
            for tick in runtime.runDue(at: time) {
                await pipeline.receive(tick.alertsToSend, at: tick.time)
            }
        }
        try await flushAndDeliver(before: to + 1, delivered: delivered)
    }

    private func flushAndDeliver(before time: Timestamp, delivered: (Timestamp) -> Void) async throws {
        while let next = await pipeline.nextFlushAt, next < time {
            _ = try await pipeline.tick(at: next)
            let report = try await dispatcher.runOnce(at: next)
            if !report.delivered.isEmpty { delivered(next) }
        }
    }
}

extension Optional {
    func orThrow(_ message: String) throws -> Wrapped {
        guard let self else { throw RuntimeError(message) }
        return self
    }
}
