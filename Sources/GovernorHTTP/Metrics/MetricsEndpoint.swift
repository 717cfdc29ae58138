import Hummingbird
public import Prometheus

/// `GET /metrics`: Governor's own metrics in the Prometheus text format. The core and the server record into the
/// registry through swift-metrics; the values that are simply read off the latest snapshot (series held, outbox
/// depth) are set just before each exposition.
public struct MetricsEndpoint: Sendable {
    public let registry: PrometheusCollectorRegistry
    public let factory: PrometheusMetricsFactory
    let board: DaemonBoardReader

    public init(registry: PrometheusCollectorRegistry = PrometheusCollectorRegistry(), board: DaemonBoardReader) {
        self.registry = registry
        var factory = PrometheusMetricsFactory(registry: registry)
        factory.defaultDurationHistogramBuckets = [
            .microseconds(100), .microseconds(500), .milliseconds(1), .milliseconds(5), .milliseconds(10),
            .milliseconds(25), .milliseconds(50), .milliseconds(100), .milliseconds(250), .milliseconds(500),
            .seconds(1), .seconds(2.5), .seconds(5), .seconds(10),
        ]
        self.factory = factory
        self.board = board
    }

    func routes(needsKey: Bool) -> [APIRoute] {
        [
            APIRoute(.get, "/metrics", needsKey: needsKey) { _, _ in
                board.refreshGauges(registry)
                var headers = HTTPFields()
                headers[.contentType] = "text/plain; version=0.0.4; charset=utf-8"
                return Response(
                    status: .ok, headers: headers,
                    body: ResponseBody(byteBuffer: ByteBuffer(bytes: registry.emitToBuffer())))
            }
        ]
    }
}
