import GovernorQuery

/// Checks on the rules themselves, before and apart from the graph.
enum RuleChecks {
    /// Recording rules must yield an instant vector or a scalar, alerts an instant vector; a clear condition is
    /// an alert expression too.
    static func types(_ groups: [RuleGroupDefinition]) -> [Diagnostic] {
        groups.flatMap(\.rules).flatMap { rule -> [Diagnostic] in
            var found: [Diagnostic] = []
            let type = rule.expr.expr.type
            switch rule.kind {
            case .record(let name) where type != .instantVector && type != .scalar:
                found.append(
                    .error(
                        at: rule.expr.location,
                        "recording rule '\(name)' must have an instant vector or scalar expression, got \(type)"))
            case .alert(let name) where type != .instantVector:
                found.append(
                    .error(
                        at: rule.expr.location, "alert '\(name)' must have an instant vector expression, got \(type)"))
            default:
                break
            }
            if let clear = rule.clear, clear.expr.type != .instantVector {
                found.append(
                    .error(
                        at: clear.location,
                        "clear condition of '\(rule.kind.name)' must be an instant vector expression, got \(clear.expr.type)"
                    ))
            }
            return found
        }
    }

    /// Two rules of one group that write the same name with the same labels would write the same series twice
    /// per tick. Rules that differ in their labels (Sloth's page and ticket alerts share a name) are fine.
    static func duplicates(_ groups: [RuleGroupDefinition]) -> [Diagnostic] {
        groups.flatMap { group -> [Diagnostic] in
            var seen: [RuleIdentity: RuleDefinition] = [:]
            return group.rules.compactMap { rule in
                let identity = RuleIdentity(kind: rule.kind, labels: rule.labels)
                guard let first = seen[identity] else {
                    seen[identity] = rule
                    return nil
                }
                let what = if case .alert = rule.kind { "alert" } else { "recording rule" }
                return .error(
                    at: rule.location,
                    "duplicate \(what) '\(rule.kind.name)' in group '\(group.name)', first defined at \(first.location)",
                    hint: "rename one of them, or give them different labels")
            }
        }
    }

    private struct RuleIdentity: Hashable {
        var kind: RuleKind
        var labels: [String: String]
    }

    /// The same series recorded in two groups, with labels that do not keep them apart, makes the groups
    /// overwrite each other's samples. Rules Governor generated keep apart by labels their expressions carry,
    /// so only pairs involving a user's rule are reported.
    static func overlappingRecordings(_ groups: [RuleGroupDefinition]) -> [Diagnostic] {
        var recorded: [String: [(group: String, rule: RuleDefinition)]] = [:]
        var found: [Diagnostic] = []
        for group in groups {
            for rule in group.rules {
                guard case .record(let series) = rule.kind else { continue }
                let earlier = recorded[series, default: []]
                if let clash = earlier.first(where: { entry in
                    entry.group != group.name && (entry.rule.origin == .user || rule.origin == .user)
                        && compatible(entry.rule.labels, rule.labels)
                }) {
                    found.append(
                        .warning(
                            at: rule.location,
                            "series '\(series)' is also recorded in group '\(clash.group)' at \(clash.rule.location) "
                                + "with overlapping labels",
                            hint: "give the two rules a label with different values so their series stay apart"))
                }
                recorded[series, default: []].append((group.name, rule))
            }
        }
        return found
    }

    /// No label is set to different values on both sides.
    private static func compatible(_ lhs: [String: String], _ rhs: [String: String]) -> Bool {
        lhs.allSatisfy { name, value in rhs[name].map { $0 == value } ?? true }
    }

    /// Intervals must be positive and cron expressions valid.
    static func schedules(_ groups: [RuleGroupDefinition]) -> [Diagnostic] {
        groups.compactMap { group -> Diagnostic? in
            switch group.schedule {
            case .interval(let milliseconds) where milliseconds <= 0:
                return .error(at: group.location, "group '\(group.name)' must have a positive interval")
            case .cron(let text):
                do throws(CronError) {
                    _ = try CronExpression(text)
                    return nil
                } catch {
                    return .error(at: group.location, "group '\(group.name)': \(error.message)")
                }
            default:
                return nil
            }
        }
    }
}
