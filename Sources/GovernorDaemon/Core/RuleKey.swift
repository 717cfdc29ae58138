import GovernorCore

/// Names one rule of one group across a reload that keeps it where it was: its group, its kind and where it is
/// written. A reload moves each kept rule's last run to its new position by it (`carryRuleRuns`); between reloads a
/// rule is found by its position, without hashing anything.
struct RuleKey: Hashable, Sendable {
    let group: String
    let kind: String
    let location: SourceLocation

    init(group: String, rule: RuleDefinition) {
        self.group = group
        kind = rule.kind.name
        location = rule.location
    }
}
