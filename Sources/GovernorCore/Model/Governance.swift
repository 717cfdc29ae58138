/// The seven components the shipped policies watch; user policies may name others.
public enum DefaultComponents {
    public static let all = ["scheduler", "finance", "slo", "security", "system", "automation", "governance"]
}

/// The 0-100 compliance index: a weighted mean of each objective's score.
public struct ComplianceIndexDefinition: Hashable, Sendable {
    public struct Weight: Hashable, Sendable {
        public var objective: String
        public var weight: Double
        public var location: SourceLocation

        public init(objective: String, weight: Double, location: SourceLocation) {
            self.objective = objective
            self.weight = weight
            self.location = location
        }
    }

    public var weights: [Weight]
    /// Alert when the index drops below this (0-100); nil for no alert.
    public var alertBelow: Double?
    /// Points of its 100 an objective loses per percent of breach severity (5: an objective 20% below target
    /// scores 0), so the index reacts to breaches on the same scale its alert threshold is written in.
    public var penaltyPerPercent: Double
    public var location: SourceLocation

    public static let defaultPenaltyPerPercent = 5.0

    public init(
        weights: [Weight], alertBelow: Double?, penaltyPerPercent: Double = defaultPenaltyPerPercent,
        location: SourceLocation
    ) {
        self.weights = weights
        self.alertBelow = alertBelow
        self.penaltyPerPercent = penaltyPerPercent
        self.location = location
    }
}

/// Breach severity: how far each objective's SLI is below its target, as a percentage of the target.
public struct BreachSeverityDefinition: Hashable, Sendable {
    /// Alert when the overall (maximum) severity exceeds this percentage; nil for no alert.
    public var alertAbove: Double?
    public var location: SourceLocation

    public init(alertAbove: Double?, location: SourceLocation) {
        self.alertAbove = alertAbove
        self.location = location
    }
}

/// How a component's health is derived: from its objectives' breach severity, and from firing alerts
/// that carry its `component` label.
public struct HealthDefinition: Hashable, Sendable {
    public var components: [String]
    /// Severity (percent) above which a component is yellow; any breach by default.
    public var yellowAbove: Double
    /// Severity (percent) above which a component is red.
    public var redAbove: Double
    public var location: SourceLocation

    public init(
        components: [String] = DefaultComponents.all, yellowAbove: Double = 0, redAbove: Double = 10,
        location: SourceLocation
    ) {
        self.components = components
        self.yellowAbove = yellowAbove
        self.redAbove = redAbove
        self.location = location
    }
}

/// A forecast source: which series it reads, how far ahead it predicts, and which series it writes.
/// The forecaster itself is separate; the graph only needs its inputs and outputs.
public struct ForecastDeclaration: Hashable, Sendable {
    public var name: String
    public var inputs: [PolicyExpression]
    /// Milliseconds ahead.
    public var horizon: Int64
    public var schedule: Schedule
    /// Model settings such as `model: gpt-4o-mini`, `timeout: 10s`, `fallback: linear`.
    public var settings: [String: String]
    /// The series it writes, e.g. `governor:forecast_risk:level`.
    public var outputs: [String]
    /// What it predicts failures of; the only components a forecast may name.
    public var components: [ForecastComponent]
    /// How far back trends are fitted (`model.lookback`), milliseconds.
    public var lookback: Int64
    public var risk: ForecastRiskTable
    /// nil: the statistical forecaster alone.
    public var languageModel: LanguageModelSettings?
    public var location: SourceLocation

    public static let defaultLookback: Int64 = 7 * 86_400_000

    public init(
        name: String, inputs: [PolicyExpression], horizon: Int64, schedule: Schedule, settings: [String: String],
        outputs: [String], components: [ForecastComponent] = [], lookback: Int64 = Self.defaultLookback,
        risk: ForecastRiskTable = ForecastRiskTable(), languageModel: LanguageModelSettings? = nil,
        location: SourceLocation
    ) {
        self.name = name
        self.inputs = inputs
        self.horizon = horizon
        self.schedule = schedule
        self.settings = settings
        self.outputs = outputs
        self.components = components
        self.lookback = lookback
        self.risk = risk
        self.languageModel = languageModel
        self.location = location
    }

    /// Every expression the forecast reads: its inputs, then its components' series.
    public var reads: [PolicyExpression] {
        inputs + components.flatMap(\.signal.expressions)
    }

    /// How far back the forecaster reads each of them: trends over the lookback, recent values over the last hour,
    /// seasonal baselines a season back. The graph keeps that much history of every series it reads.
    public var readsBack: Int64 {
        let seasons = components.map { component -> Int64 in
            if case .seasonal(_, _, let season) = component.signal { return season }
            return 0
        }
        return max(lookback, 3_600_000, seasons.max() ?? 0)
    }
}

/// Everything the loader read from the policy files, validated and ready to compile.
public struct PolicySet: Hashable, Sendable {
    public var groups: [RuleGroupDefinition]
    public var objectives: [ServiceLevelObjective]
    public var compliance: ComplianceIndexDefinition?
    public var breach: BreachSeverityDefinition?
    public var health: HealthDefinition?
    public var forecasts: [ForecastDeclaration]
    /// Series that metric sources provide, so the compiler does not warn they are undefined.
    public var sourceSeries: Set<String>
    /// The metric sources the daemon collects from (`kind: Sources`).
    public var sources: SourceDeclarations

    public init(
        groups: [RuleGroupDefinition] = [], objectives: [ServiceLevelObjective] = [],
        compliance: ComplianceIndexDefinition? = nil, breach: BreachSeverityDefinition? = nil,
        health: HealthDefinition? = nil, forecasts: [ForecastDeclaration] = [], sourceSeries: Set<String> = [],
        sources: SourceDeclarations = SourceDeclarations()
    ) {
        self.groups = groups
        self.objectives = objectives
        self.compliance = compliance
        self.breach = breach
        self.health = health
        self.forecasts = forecasts
        self.sourceSeries = sourceSeries
        self.sources = sources
    }
}
