import GovernorQuery

/// A generated rule before its expression is parsed: generators build text, so what they produce reads
/// like what a user (or Sloth) would have written, and the parser checks it like any other rule.
struct RuleTemplate: Hashable, Sendable {
    var kind: RuleKind
    var expression: String
    var labels: [String: String] = [:]
    var annotations: [String: String] = [:]
    var forDuration: Int64 = 0

    static func record(_ name: String, _ expression: String, labels: [String: String] = [:]) -> RuleTemplate {
        RuleTemplate(kind: .record(name), expression: expression, labels: labels)
    }

    static func alert(
        _ name: String, _ expression: String, labels: [String: String] = [:], annotations: [String: String] = [:],
        forDuration: Int64 = 0
    ) -> RuleTemplate {
        RuleTemplate(
            kind: .alert(name), expression: expression, labels: labels, annotations: annotations,
            forDuration: forDuration)
    }
}

/// A generated group before parsing.
struct GroupTemplate: Hashable, Sendable {
    var name: String
    var rules: [RuleTemplate]
}

/// What a generator hands the compiler: parsed groups, and any problem found while generating.
public struct GeneratedRules: Sendable {
    public var groups: [RuleGroupDefinition] = []
    public var diagnostics: [Diagnostic] = []

    public init(groups: [RuleGroupDefinition] = [], diagnostics: [Diagnostic] = []) {
        self.groups = groups
        self.diagnostics = diagnostics
    }

    mutating func append(_ other: GeneratedRules) {
        groups += other.groups
        diagnostics += other.diagnostics
    }

    /// Parses every template. Generated text that does not parse is a bug in Governor, but it must surface
    /// as a diagnostic at the declaration that caused it, never as a crash.
    static func materialize(
        _ templates: [GroupTemplate], origin: RuleOrigin, schedule: Schedule? = nil, at location: SourceLocation
    ) -> GeneratedRules {
        var result = GeneratedRules()
        for template in templates {
            var rules: [RuleDefinition] = []
            for rule in template.rules {
                do {
                    let expr = try Parser.parse(rule.expression)
                    rules.append(
                        RuleDefinition(
                            kind: rule.kind,
                            expr: PolicyExpression(text: rule.expression, expr: expr, location: location),
                            forDuration: rule.forDuration, labels: rule.labels, annotations: rule.annotations,
                            origin: origin, location: location))
                } catch {
                    result.diagnostics.append(
                        .error(
                            at: location,
                            "internal error: generated rule '\(rule.kind.name)' in group '\(template.name)' "
                                + "does not parse: \(error.message)",
                            hint: "please report this with the policy that produced it; expression: \(rule.expression)"
                        ))
                }
            }
            result.groups.append(
                RuleGroupDefinition(name: template.name, schedule: schedule, rules: rules, location: location))
        }
        return result
    }
}
