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
///
/// Its fields live in one shared, copy-on-write box: a rule is copied into every evaluation result, every tick, and
/// a copy then costs one reference count instead of one for each of its strings, dictionaries and expressions.
public struct RuleDefinition: Hashable, Sendable {
    private var box: Box

    public var kind: RuleKind {
        get { box.fields.kind }
        set { update { $0.kind = newValue } }
    }
    public var expr: PolicyExpression {
        get { box.fields.expr }
        set { update { $0.expr = newValue } }
    }
    /// Milliseconds the condition must hold before the alert fires (alerts only).
    public var forDuration: Int64 {
        get { box.fields.forDuration }
        set { update { $0.forDuration = newValue } }
    }
    /// Milliseconds the alert keeps firing after the condition stops (alerts only).
    public var keepFiringFor: Int64 {
        get { box.fields.keepFiringFor }
        set { update { $0.keepFiringFor = newValue } }
    }
    /// Hysteresis: when present, a firing alert resolves only once this holds (alerts only).
    public var clear: PolicyExpression? {
        get { box.fields.clear }
        set { update { $0.clear = newValue } }
    }
    public var noData: NoDataPolicy {
        get { box.fields.noData }
        set { update { $0.noData = newValue } }
    }
    public var labels: [String: String] {
        get { box.fields.labels }
        set { update { $0.labels = newValue } }
    }
    public var annotations: [String: String] {
        get { box.fields.annotations }
        set { update { $0.annotations = newValue } }
    }
    public var origin: RuleOrigin {
        get { box.fields.origin }
        set { update { $0.origin = newValue } }
    }
    public var location: SourceLocation {
        get { box.fields.location }
        set { update { $0.location = newValue } }
    }

    public init(
        kind: RuleKind, expr: PolicyExpression, forDuration: Int64 = 0, keepFiringFor: Int64 = 0,
        clear: PolicyExpression? = nil, noData: NoDataPolicy = .ok, labels: [String: String] = [:],
        annotations: [String: String] = [:], origin: RuleOrigin = .user, location: SourceLocation
    ) {
        box = Box(
            Fields(
                kind: kind, expr: expr, forDuration: forDuration, keepFiringFor: keepFiringFor, clear: clear,
                noData: noData, labels: labels, annotations: annotations, origin: origin, location: location))
    }

    public static func == (lhs: RuleDefinition, rhs: RuleDefinition) -> Bool {
        lhs.box === rhs.box || lhs.box.fields == rhs.box.fields
    }

    public func hash(into hasher: inout Hasher) { hasher.combine(box.fields) }

    /// Changes a field, copying the box first when another rule shares it.
    private mutating func update(_ change: (inout Fields) -> Void) {
        if !isKnownUniquelyReferenced(&box) { box = Box(box.fields) }
        change(&box.fields)
    }

    private struct Fields: Hashable, Sendable {
        var kind: RuleKind
        var expr: PolicyExpression
        var forDuration: Int64
        var keepFiringFor: Int64
        var clear: PolicyExpression?
        var noData: NoDataPolicy
        var labels: [String: String]
        var annotations: [String: String]
        var origin: RuleOrigin
        var location: SourceLocation
    }

    /// Unchecked because `fields` only changes through `update`, on a box no other rule holds.
    private final class Box: @unchecked Sendable {
        var fields: Fields
        init(_ fields: Fields) { self.fields = fields }
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
