public import GovernorDaemon
import GovernorQuery
import Prometheus

/// Sets the gauges that describe the latest snapshot: series and samples held, outbox depth, readiness.
public struct DaemonBoardReader: Sendable {
    let board: DaemonBoard

    public init(board: DaemonBoard) {
        self.board = board
    }

    func refreshGauges(_ registry: PrometheusCollectorRegistry) {
        guard let snapshot = board.current else { return }
        registry.makeGauge(name: "governor_series", help: "Series held in memory.").set(
            Double(snapshot.seriesCount))
        registry.makeGauge(name: "governor_samples", help: "Samples held in memory.").set(
            Double(snapshot.sampleCount))
        registry.makeGauge(name: "governor_outbox_depth", help: "Notifications queued and not yet delivered.").set(
            Double(snapshot.outboxDepth))
        registry.makeGauge(name: "governor_ready", help: "1 once the policies loaded and the first tick ran.").set(
            snapshot.ready ? 1.0 : 0.0)
        for source in snapshot.sources {
            registry.makeGauge(name: "governor_source_up", labels: [("source", source.name)]).set(
                source.lastCollection == nil ? 0.0 : source.lastError == nil ? 1.0 : 0.0)
        }
    }
}
