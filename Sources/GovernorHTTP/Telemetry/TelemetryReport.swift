/// The seed's `/api/ops/telemetry` answer: one overall health, how autonomous the system is, and the seven
/// components with their status and live values. Documented in docs/telemetry.schema.json; every status comes
/// with the reasons that decided it, so the answer explains itself.
public struct TelemetryReport: Codable, Sendable {
    public enum Health: String, Codable, Sendable, Comparable {
        case green, yellow, red

        public static func < (lhs: Health, rhs: Health) -> Bool { lhs.rank < rhs.rank }
        private var rank: Int { self == .green ? 0 : self == .yellow ? 1 : 2 }
    }

    /// verified: everything green and evaluating; operational: nothing red; degraded: something red or not ready.
    public enum Autonomy: String, Codable, Sendable {
        case verified, operational, degraded
    }

    public var generatedAt: String
    public var overallHealth: Health
    public var autonomy: Autonomy
    public var components: Components

    public struct Components: Codable, Sendable {
        public var scheduler: Scheduler
        public var finance: Finance
        public var slo: SLO
        public var security: Security
        public var system: System
        public var automation: Automation
        public var governance: Governance
    }

    public struct Scheduler: Codable, Sendable {
        public var status: Health
        public var reasons: [String]
        /// The last tick of any group (RFC 3339), nil before the first.
        public var heartbeat: String?
        public var pid: Int32
        public var uptimeSeconds: Double
        public var missedTicks: Int
        public var groups: [Job]
    }

    /// A rule group or a metric source: when it ran, when it runs next, how long it took.
    public struct Job: Codable, Sendable {
        public var name: String
        public var intervalSeconds: Double
        public var lastRun: String?
        public var nextRun: String?
        public var durationMs: Double
        public var missedTicks: Int?
        public var error: String?
    }

    public struct Finance: Codable, Sendable {
        public var status: Health
        public var reasons: [String]
        /// Revenue over the last 24 hours, and its change against the 24 hours before.
        public var revenue24h: Double?
        public var revenueDelta24hPercent: Double?
        /// Failed payments in the last hour.
        public var failedPayments1h: Double?
        /// Share of payments that succeeded over the last 15 minutes (0–1).
        public var successRate: Double?
        /// healthy, degraded, failing or unknown, from the webhook success rate over 15 minutes.
        public var webhookStatus: String
        public var webhookSuccessRate: Double?
    }

    public struct SLO: Codable, Sendable {
        public var status: Health
        public var reasons: [String]
        public var breaches: [Breach]
        public var objectives: [Objective]
    }

    public struct Breach: Codable, Sendable {
        public var objective: String
        public var severityPercent: Double
    }

    public struct Objective: Codable, Sendable {
        public var name: String
        public var sli: Double?
        public var target: Double?
        public var errorBudgetRemaining: Double?
        public var burnRate1h: Double?
    }

    public struct Security: Codable, Sendable {
        public var status: Health
        public var reasons: [String]
        public var alertsLastHour: Double?
        public var threshold: Double
        /// ok, exceeded, or unknown without data.
        public var thresholdStatus: String
        public var bySeverity: [String: Double]
    }

    public struct System: Codable, Sendable {
        public var status: Health
        public var reasons: [String]
        public var cpuPercent: Double?
        public var memoryPercent: Double?
        public var diskPercent: Double?
    }

    public struct Automation: Codable, Sendable {
        public var status: Health
        public var reasons: [String]
        public var sources: [Job]
        public var notificationsDelivered: Int
        public var notificationsRetried: Int
        public var notificationsDeadLettered: Int
        public var outboxDepth: Int
        public var reloadSuccesses: Int
        public var reloadFailures: Int
    }

    public struct Governance: Codable, Sendable {
        public var status: Health
        public var reasons: [String]
        public var complianceIndex: Double?
        /// Each objective's score (0–100).
        public var breakdown: [String: Double]
        /// OK or BREACH, from the last governance pass.
        public var lastPassStatus: String?
        public var lastPass: String?
        public var firingAlerts: Int
        public var pendingAlerts: Int
    }
}
