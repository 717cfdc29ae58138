import GovernorQuery

/// Governor's own checks on the series the compiler generates: an SLO value, the compliance index, breach
/// severity or health must be within `tolerance` of `expected` at `evalTime`. docs/testing.md shows the YAML.
public struct ValueAssertion: Hashable, Sendable {
    public enum Subject: Hashable, Sendable {
        /// `slo:sli:ratio`: the good-event ratio over the objective's period.
        case sli(objective: String)
        /// `slo:error_budget_remaining:ratio`.
        case errorBudgetRemaining(objective: String)
        /// `slo:burn_rate:ratio{window}`.
        case burnRate(objective: String, window: String)
        /// `governor:compliance_index` (0-100).
        case complianceIndex
        /// `governor:breach_severity:percent{objective}`, or the overall `governor:breach_severity:max_percent`.
        case breachSeverity(objective: String?)
        /// `governor:component_health{component}`, or the overall `governor:health`: 0 green, 1 yellow, 2 red.
        case health(component: String?)
    }

    /// Health levels as the generated series encode them.
    public static let healthLevels = ["green", "yellow", "red"]

    public var subject: Subject
    public var evalTime: Int64
    public var expected: Double
    public var tolerance: Double

    public init(subject: Subject, evalTime: Int64, expected: Double, tolerance: Double = 0) {
        self.subject = subject
        self.evalTime = evalTime
        self.expected = expected
        self.tolerance = tolerance
    }

    /// The selector that reads the asserted series.
    public var query: String {
        switch subject {
        case .sli(let objective): "slo:sli:ratio" + Self.filter(["objective": objective])
        case .errorBudgetRemaining(let objective):
            "slo:error_budget_remaining:ratio" + Self.filter(["objective": objective])
        case .burnRate(let objective, let window):
            "slo:burn_rate:ratio" + Self.filter(["objective": objective, "window": window])
        case .complianceIndex: "governor:compliance_index"
        case .breachSeverity(let objective?):
            "governor:breach_severity:percent" + Self.filter(["objective": objective])
        case .breachSeverity(nil): "governor:breach_severity:max_percent"
        case .health(let component?): "governor:component_health" + Self.filter(["component": component])
        case .health(nil): "governor:health"
        }
    }

    /// How a failure names what was asserted, in the test file's own words.
    public var title: String {
        switch subject {
        case .sli(let objective): "slo_test: objective: \(objective), sli"
        case .errorBudgetRemaining(let objective): "slo_test: objective: \(objective), error_budget_remaining"
        case .burnRate(let objective, let window): "slo_test: objective: \(objective), burn_rate: \(window)"
        case .complianceIndex: "compliance_test"
        case .breachSeverity(let objective): "breach_test" + (objective.map { ": objective: \($0)" } ?? "")
        case .health(let component): "health_test" + (component.map { ": component: \($0)" } ?? "")
        }
    }

    /// `expected` as the user wrote it: a health level's name, or the number.
    public func describe(_ value: Double) -> String {
        if case .health = subject, let level = Self.healthLevel(value) { return level }
        return GoFloatFormat.general(value)
    }

    public func holds(for value: Double) -> Bool {
        value == expected || abs(value - expected) <= tolerance
    }

    static func healthLevel(_ value: Double) -> String? {
        guard let index = Int(exactly: value), healthLevels.indices.contains(index) else { return nil }
        return healthLevels[index]
    }

    private static func filter(_ labels: [String: String]) -> String {
        "{"
            + labels.sorted { $0.key < $1.key }.map { "\($0.key)=\(quotedLabelValue($0.value))" }
            .joined(separator: ",") + "}"
    }
}
