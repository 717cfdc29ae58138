public import CoreMetrics
import Metrics

/// The daemon's own metrics, recorded through swift-metrics into whatever factory it was given (the HTTP server's
/// Prometheus registry, or nothing): tick durations per group, rules evaluated, missed ticks, reloads, source
/// collections, and notifications per receiver and outcome.
public struct DaemonMetrics: Sendable {
    let factory: any MetricsFactory

    public init(factory: any MetricsFactory = NOOPMetricsHandler.instance) {
        self.factory = factory
    }

    func groupTicked(_ group: String, duration: Duration, rules: Int, missed: Int) {
        Timer(label: "governor_rule_group_duration_seconds", dimensions: [("group", group)], factory: factory)
            .record(duration: duration)
        Counter(label: "governor_rules_evaluated_total", dimensions: [("group", group)], factory: factory)
            .increment(by: rules)
        let missedTicks = Counter(
            label: "governor_missed_ticks_total", dimensions: [("group", group)], factory: factory)
        if missed > 0 { missedTicks.increment(by: missed) }
    }

    func reloaded(succeeded: Bool) {
        Counter(
            label: "governor_reloads_total", dimensions: [("result", succeeded ? "success" : "failure")],
            factory: factory
        ).increment()
    }

    func collected(_ source: String, duration: Duration, failed: Bool) {
        Timer(label: "governor_source_collect_duration_seconds", dimensions: [("source", source)], factory: factory)
            .record(duration: duration)
        Counter(
            label: "governor_source_collections_total",
            dimensions: [("source", source), ("result", failed ? "failure" : "success")], factory: factory
        ).increment()
    }

    /// `outcome` is delivered, retried or dead (given up).
    func notification(receiver: String?, outcome: String) {
        Counter(
            label: "governor_notifications_total",
            dimensions: [("receiver", receiver ?? "unknown"), ("outcome", outcome)],
            factory: factory
        ).increment()
    }
}
