import GovernorCore

/// What the simulated production service goes through. Every scenario but `normal` starts healthy and breaks
/// `ScenarioTimeline.onset` seconds (10 minutes) in, so that its alert fires through the shipped policies within
/// the first simulated hour.
public enum SimulatorScenario: String, Sendable, Hashable, CaseIterable, CustomStringConvertible {
    case normal
    case paymentOutage = "payment-outage"
    case latencyRegression = "latency-regression"
    case securityFlood = "security-flood"
    case slowBurn = "slow-burn"
    case diskFilling = "disk-filling"
    case schedulerDead = "scheduler-dead"

    public var description: String { rawValue }

    /// One line on what goes wrong.
    public var summary: String {
        switch self {
        case .normal: "Every component healthy, with ordinary noise."
        case .paymentOutage: "From minute 10 to 40 the payment processor fails 22% of payments."
        case .latencyRegression: "From minute 10, 80% of API requests take longer than 500ms (and the CPU is busy)."
        case .securityFlood: "From minute 10 the scanners raise 3 security alerts a minute instead of 3 an hour."
        case .slowBurn: "From minute 10, 0.45% of API requests fail with a 5xx: 4.5 times the error budget."
        case .diskFilling: "From minute 10 a runaway log writes 20 GiB an hour to a root filesystem with 38 GiB free."
        case .schedulerDead: "At minute 10 the scheduler hangs: its process is up but its heartbeat stops."
        }
    }

    /// The alerts the shipped policies (and `policies/system.yaml`) raise, the scenario's own alert first.
    public var alerts: [String] {
        switch self {
        case .normal: []
        case .paymentOutage: ["PaymentFailureRateHigh", "PaymentSuccessBurnRate", "GovernanceBreach"]
        case .latencyRegression: ["P95LatencyBurnRate", "GovernanceBreach"]
        case .securityFlood: ["SecurityAlertsSurge"]
        case .slowBurn: ["AvailabilityBurnRate"]
        case .diskFilling: ["DiskWillFillIn4Hours"]
        case .schedulerDead: ["SchedulerHeartbeatStale"]
        }
    }

    /// Minutes after the start when the scenario's own alert (`alerts[0]`) first fires, with the start on a quarter
    /// hour as the default is (the governance group runs on the quarter hours); nil for `normal`. The arithmetic
    /// behind each number is in docs/simulator.md, and the tests replay every scenario to check it.
    public var firstAlertMinute: Int? {
        switch self {
        case .normal: nil
        case .paymentOutage: 30
        case .latencyRegression: 11
        case .securityFlood: 15
        case .slowBurn: 13
        case .diskFilling: 24
        case .schedulerDead: 16
        }
    }

    /// The scenario called `name`, or an error that lists the valid names and suggests the closest.
    public static func named(_ name: String) throws(SimulatorError) -> SimulatorScenario {
        if let scenario = SimulatorScenario(rawValue: name) { return scenario }
        let names = allCases.map(\.rawValue)
        throw SimulatorError.unknownScenario(
            name, suggestion: EditDistance.closest(to: name, among: names), valid: names)
    }
}
