import GovernorCore

/// Names one rule of one group across steps, and across reloads that keep it where it was: its group, its kind
/// and where it is written.
///
/// A struct rather than the string `group/kind/file:line:col`: that string was built for every rule at every tick and
/// every snapshot, a tenth of the daemon's time with 10,000 rules.
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
