import Foundation

/// A query template whose `{{.window}}` placeholders are filled with each burn-rate window (Sloth's syntax).
public struct WindowedQuery: Hashable, Sendable {
    public var template: String
    /// Where the template's first character is in the file.
    public var location: SourceLocation

    public init(template: String, location: SourceLocation) {
        self.template = template
        self.location = location
    }

    /// The template with every `{{.window}}` (spaces inside the braces allowed) replaced by `window`, e.g. `5m`.
    public func expression(window: String) -> String {
        var result = ""
        var rest = template[...]
        while let open = rest.range(of: "{{") {
            guard let close = rest[open.upperBound...].range(of: "}}") else { break }
            let inside = rest[open.upperBound..<close.lowerBound].trimmingCharacters(in: .whitespaces)
            result += rest[..<open.lowerBound]
            result += inside == ".window" ? window : String(rest[open.lowerBound..<close.upperBound])
            rest = rest[close.upperBound...]
        }
        return result + rest
    }
}

/// How an objective measures good and bad events.
public enum ServiceLevelIndicator: Hashable, Sendable {
    /// Bad events over all events (Sloth's `sli.events`: `error_query` / `total_query`).
    case errorRatio(errors: WindowedQuery, total: WindowedQuery)
    /// Good events over all events.
    case goodRatio(good: WindowedQuery, total: WindowedQuery)
    /// Requests slower than `threshold` seconds count as bad, read from a classic histogram's buckets
    /// (`histogram` is the `_bucket` metric; `selector` adds label matchers such as `{job="api"}`).
    case latency(histogram: String, selector: String, threshold: Double)
    /// An expression that already is the error ratio (Sloth's `sli.raw.error_ratio_query`).
    case rawErrorRatio(WindowedQuery)
}

/// What an objective's SLI is when there was no traffic in the window.
public enum NoTrafficRule: String, Hashable, Sendable, CaseIterable {
    /// No requests means nothing went wrong: the SLI is 1.
    case good
    /// Keep the last SLI that had traffic.
    case holdLast = "hold_last"
    /// The SLI is absent, so rules reading it see no data.
    case unknown
}

public enum BurnRateSeverity: String, Hashable, Sendable {
    case page
    case ticket
}

/// One multi-window burn-rate condition: the error rate over both windows exceeds `factor` × the error budget.
public struct BurnRateWindow: Hashable, Sendable {
    /// Milliseconds.
    public var longWindow: Int64
    /// Milliseconds.
    public var shortWindow: Int64
    public var factor: Double
    public var severity: BurnRateSeverity

    public init(longWindow: Int64, shortWindow: Int64, factor: Double, severity: BurnRateSeverity) {
        self.longWindow = longWindow
        self.shortWindow = shortWindow
        self.factor = factor
        self.severity = severity
    }

    private static let minute: Int64 = 60_000
    private static let hour: Int64 = 60 * minute

    /// The Google SRE workbook's defaults for a 30-day SLO, which Sloth also uses.
    public static let sreWorkbook30d: [BurnRateWindow] = [
        BurnRateWindow(longWindow: hour, shortWindow: 5 * minute, factor: 14.4, severity: .page),
        BurnRateWindow(longWindow: 6 * hour, shortWindow: 30 * minute, factor: 6, severity: .page),
        BurnRateWindow(longWindow: 24 * hour, shortWindow: 2 * hour, factor: 3, severity: .ticket),
        BurnRateWindow(longWindow: 72 * hour, shortWindow: 6 * hour, factor: 1, severity: .ticket),
    ]
}

/// The alerts generated for an objective's burn rate.
public struct BurnRateAlerting: Hashable, Sendable {
    /// The alert name; defaults to the objective's name in UpperCamelCase plus `BurnRate`.
    public var name: String?
    public var windows: [BurnRateWindow]
    /// Labels and annotations on both alerts.
    public var labels: [String: String]
    public var annotations: [String: String]
    public var pageLabels: [String: String]
    public var ticketLabels: [String: String]
    public var pageEnabled: Bool
    public var ticketEnabled: Bool

    public init(
        name: String? = nil, windows: [BurnRateWindow] = BurnRateWindow.sreWorkbook30d, labels: [String: String] = [:],
        annotations: [String: String] = [:], pageLabels: [String: String] = ["severity": "critical"],
        ticketLabels: [String: String] = ["severity": "warning"], pageEnabled: Bool = true, ticketEnabled: Bool = true
    ) {
        self.name = name
        self.windows = windows
        self.labels = labels
        self.annotations = annotations
        self.pageLabels = pageLabels
        self.ticketLabels = ticketLabels
        self.pageEnabled = pageEnabled
        self.ticketEnabled = ticketEnabled
    }
}

/// Whether an objective came from a Governor document or a Sloth spec; Sloth specs generate Sloth's exact rules.
public enum ObjectiveDialect: String, Hashable, Sendable {
    case governor
    case sloth
}

/// One service-level objective.
public struct ServiceLevelObjective: Hashable, Sendable {
    public var service: String
    public var name: String
    /// Which of the health components this objective feeds (`slo`, `finance`, ...).
    public var component: String?
    public var description: String?
    /// The fraction of good events promised, e.g. 0.999.
    public var target: Double
    /// The rolling window the objective is measured over, in milliseconds (30 days by default).
    public var window: Int64
    public var indicator: ServiceLevelIndicator
    public var noTraffic: NoTrafficRule
    /// nil when alerting is turned off for this objective.
    public var alerting: BurnRateAlerting?
    /// Labels added to every generated series and alert.
    public var labels: [String: String]
    public var dialect: ObjectiveDialect
    public var location: SourceLocation

    public init(
        service: String, name: String, component: String? = nil, description: String? = nil, target: Double,
        window: Int64 = 30 * 24 * 3_600_000, indicator: ServiceLevelIndicator, noTraffic: NoTrafficRule = .good,
        alerting: BurnRateAlerting? = BurnRateAlerting(), labels: [String: String] = [:],
        dialect: ObjectiveDialect = .governor, location: SourceLocation
    ) {
        self.service = service
        self.name = name
        self.component = component
        self.description = description
        self.target = target
        self.window = window
        self.indicator = indicator
        self.noTraffic = noTraffic
        self.alerting = alerting
        self.labels = labels
        self.dialect = dialect
        self.location = location
    }

    /// The error budget as a fraction: 1 - target.
    public var errorBudget: Double { 1 - target }
}
