/// What a rule writes: a recorded series, or an alert.
public enum RuleKind: Hashable, Sendable {
    case record(String)
    case alert(String)

    public var name: String {
        switch self {
        case .record(let name), .alert(let name): name
        }
    }
}

/// What an alert does when its expression's inputs vanish.
public enum NoDataPolicy: String, Hashable, Sendable {
    /// As Prometheus: no result means no alert (it resolves).
    case ok
    /// Keep the alert in its current state.
    case keepState = "keep_state"
    /// Fire a separate NoData alert.
    case alert
}

/// Where a rule came from, so the graph and errors can say so.
public enum RuleOrigin: Hashable, Sendable {
    /// Written by the user in a Prometheus rule file or a Governor `rules` document.
    case user
    /// Generated from an SLO objective (`objective` is its name).
    case slo(objective: String)
    /// Generated from the governance section (compliance index, breach severity, health).
    case governance
    /// Generated from a forecast declaration.
    case forecast(name: String)
}

/// One recording or alerting rule, validated, with its expression parsed.
public struct RuleDefinition: Hashable, Sendable {
    public var kind: RuleKind
    public var expr: PolicyExpression
    /// Milliseconds the condition must hold before the alert fires (alerts only).
    public var forDuration: Int64
    /// Milliseconds the alert keeps firing after the condition stops (alerts only).
    public var keepFiringFor: Int64
    /// Hysteresis: when present, a firing alert resolves only once this holds (alerts only).
    public var clear: PolicyExpression?
    public var noData: NoDataPolicy
    public var labels: [String: String]
    public var annotations: [String: String]
    public var origin: RuleOrigin
    public var location: SourceLocation

    public init(
        kind: RuleKind, expr: PolicyExpression, forDuration: Int64 = 0, keepFiringFor: Int64 = 0,
        clear: PolicyExpression? = nil, noData: NoDataPolicy = .ok, labels: [String: String] = [:],
        annotations: [String: String] = [:], origin: RuleOrigin = .user, location: SourceLocation
    ) {
        self.kind = kind
        self.expr = expr
        self.forDuration = forDuration
        self.keepFiringFor = keepFiringFor
        self.clear = clear
        self.noData = noData
        self.labels = labels
        self.annotations = annotations
        self.origin = origin
        self.location = location
    }
}

/// A group of rules evaluated together, in order, on one schedule.
public struct RuleGroupDefinition: Hashable, Sendable {
    public var name: String
    /// nil means the global default interval.
    public var schedule: Schedule?
    /// Prometheus's `limit`: 0 means no limit on series per rule.
    public var limit: Int
    public var rules: [RuleDefinition]
    /// A Prometheus-compatible query API (`http://thanos-query:9090`) that evaluates this group's expressions
    /// instead of the local series store, as Thanos Ruler does; nil evaluates locally.
    public var backend: String?
    public var location: SourceLocation

    public init(
        name: String, schedule: Schedule?, limit: Int = 0, rules: [RuleDefinition], backend: String? = nil,
        location: SourceLocation
    ) {
        self.name = name
        self.schedule = schedule
        self.limit = limit
        self.rules = rules
        self.backend = backend
        self.location = location
    }
}
