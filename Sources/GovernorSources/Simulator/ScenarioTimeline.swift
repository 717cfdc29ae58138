/// The numbers behind a scenario: what every component does, second by second after the start. `normal` is the
/// healthy baseline; each other scenario changes one thing at `onset`. Rates are per second, ratios are fractions.
///
/// The baseline keeps every objective well inside its budget (5xx 0.02% against 0.1%, slow requests 1% against 5%,
/// failed webhooks 0.1% against 0.5%, failed payments 0.02% against 0.1%) and three security alerts an hour against
/// the surge threshold of ten, so noise never fires an alert.
struct ScenarioTimeline: Sendable {
    /// When the incident starts: 10 minutes in, so a replay shows a healthy stretch first.
    static let onset: Double = 600

    var requestsPerSecond = StepFunction.constant(40)
    var notFoundRatio = StepFunction.constant(0.03)
    var serverErrorRatio = StepFunction.constant(0.0002)
    /// 0 while latency is healthy, 1 once it has regressed: blends `LatencyProfile.healthy` into `.regressed`.
    var latencyRegression = StepFunction.constant(0)
    var webhooksPerSecond = StepFunction.constant(2)
    var webhookFailureRatio = StepFunction.constant(0.001)
    var paymentsPerSecond = StepFunction.constant(5)
    var paymentFailureRatio = StepFunction.constant(0.0002)
    /// Security alerts an hour, by severity.
    var securityAlertsPerHour: [(severity: String, rate: StepFunction)] = [
        ("low", .constant(2)), ("medium", .constant(0.8)), ("high", .constant(0.2)), ("critical", .constant(0)),
    ]
    /// Fraction of each CPU's time in user mode (system and iowait are added on top).
    var cpuUser = StepFunction.constant(0.12)
    var cpuIOWait = StepFunction.constant(0.01)
    var memoryAvailableBytes = StepFunction.constant(5.2 * gibibyte)
    /// Log growth on the root filesystem: 50 MiB an hour.
    var diskFillBytesPerSecond = StepFunction.constant(50 * mebibyte / 3600)
    /// Seconds after the start when the scheduler's heartbeat stops; nil while it keeps beating.
    var heartbeatStopsAt: Double?

    static let gibibyte: Double = 1024 * 1024 * 1024
    static let mebibyte: Double = 1024 * 1024

    init() {}

    init(_ scenario: SimulatorScenario) {
        let onset = Self.onset
        switch scenario {
        case .normal:
            break
        case .paymentOutage:
            // Ends at minute 40, so the period's payment SLI stays above 80% (the compliance index never drops
            // below 70 from this alone) and the replay shows the alerts resolving too.
            paymentFailureRatio = .window(0.0002, 0.22, from: onset, until: 2400)
        case .latencyRegression:
            latencyRegression = .step(from: 0, to: 1, at: onset)
            cpuUser = .step(from: 0.12, to: 0.68, at: onset)
        case .securityFlood:
            securityAlertsPerHour = [
                ("low", .constant(2)), ("medium", .step(from: 0.8, to: 60, at: onset)),
                ("high", .step(from: 0.2, to: 90, at: onset)), ("critical", .step(from: 0, to: 30, at: onset)),
            ]
        case .slowBurn:
            serverErrorRatio = .step(from: 0.0002, to: 0.0045, at: onset)
        case .diskFilling:
            diskFillBytesPerSecond = .step(from: 50 * Self.mebibyte / 3600, to: 20 * Self.gibibyte / 3600, at: onset)
            cpuIOWait = .step(from: 0.01, to: 0.09, at: onset)
        case .schedulerDead:
            heartbeatStopsAt = onset
        }
    }
}

/// Request latency as the share of requests in each histogram bucket (not cumulative), healthy and regressed.
enum LatencyProfile {
    /// Upper bounds, as the `le` label writes them.
    static let bounds = ["0.05", "0.1", "0.25", "0.5", "1", "2.5", "5", "+Inf"]
    /// A typical duration inside each bucket, for `_sum`.
    static let typicalSeconds = [0.03, 0.075, 0.175, 0.375, 0.75, 1.75, 3.75, 7.5]
    /// 99% of requests within 500ms.
    static let healthy = [0.30, 0.30, 0.25, 0.14, 0.007, 0.002, 0.0008, 0.0002]
    /// 20% within 500ms.
    static let regressed = [0.01, 0.02, 0.05, 0.12, 0.40, 0.32, 0.07, 0.01]
}
