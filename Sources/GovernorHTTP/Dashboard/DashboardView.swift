/// What `/api/ops/dashboard` and every `/api/ops/stream` event carry: the seven cards, worked out on the server
/// from the daemon's latest snapshot, with their trends already drawn as SVG. The page only lays them out, so the
/// logic (and its tests) stays in Swift.
public struct DashboardView: Encodable, Sendable {
    /// The daemon's time for these values (RFC 3339) and in milliseconds.
    public var generatedAt: String
    public var time: Int64
    /// Real seconds between two steps of the daemon: the page calls its data stale after three of these pass with
    /// no event.
    public var refreshSeconds: Double
    public var overall: Status
    public var autonomy: String
    public var cards: [Card]
    /// Every pending or firing alert, for the intervention card.
    public var alerts: [ActiveAlert]
    /// Every rule group and whether it is paused, for the intervention card's pause and resume.
    public var groups: [RuleGroup]

    /// A status as colour *and* words: `level` picks the colour, `text` is what everyone reads.
    public struct Status: Encodable, Sendable, Hashable {
        public var level: String
        public var text: String

        init(_ health: TelemetryReport.Health) {
            level = health.rawValue
            text = health == .green ? "OK" : health == .yellow ? "Warning" : "Critical"
        }
    }

    public struct Card: Encodable, Sendable {
        public var id: String
        public var title: String
        public var status: Status
        /// Why the status is what it is (empty when OK).
        public var reasons: [String]
        public var rows: [Row]
        public var tables: [Table]
        /// Inline SVG drawn by GovernorCharts (already escaped); nil for a card without a series.
        public var sparkline: String?
        /// Larger charts (each objective's SLI against its target and budget burn-down).
        public var charts: [String]
    }

    public struct Row: Encodable, Sendable {
        public var label: String
        public var value: String
        /// A row that is itself a status (webhooks, threshold) says so, to be shown with its word.
        public var status: Status?
        /// A stable name for tests and scripts (`cpu`, `success-rate`).
        public var key: String
    }

    public struct Table: Encodable, Sendable {
        public var caption: String
        public var columns: [String]
        public var rows: [[String]]
    }

    public struct ActiveAlert: Encodable, Sendable {
        public var alertname: String
        public var state: String
        public var severity: String?
        public var summary: String?
        public var labels: [String: String]
        /// Since when (RFC 3339) it has been pending, and when it started firing.
        public var activeAt: String
        public var firedAt: String?
        /// The Alertmanager matchers that silence exactly this alert.
        public var matchers: [String]
    }

    /// A rule group as the intervention card offers it: paused ones can be resumed, the others paused.
    public struct RuleGroup: Encodable, Sendable, Hashable {
        public var name: String
        public var paused: Bool
    }
}
