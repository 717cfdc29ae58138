import Foundation
import GovernorCore
import GovernorQuery

/// Prometheus rule groups (`groups:` → `rules:`), read exactly as Prometheus 2.42's rulefmt validates them.
/// Governor's `kind: Rules` documents use the same reader with Governor's extensions switched on.
extension PolicyFileReader {
    static let prometheusGroupFields = ["name", "interval", "limit", "rules"]
    static let prometheusRuleFields = ["record", "alert", "expr", "for", "keep_firing_for", "labels", "annotations"]
    static let governorGroupFields = prometheusGroupFields + ["schedule", "backend"]
    static let governorRuleFields = prometheusRuleFields + ["clear", "no_data"]

    mutating func readRuleGroups(_ node: YAMLNode?, governorExtensions: Bool) {
        var seenGroups: [String: SourceLocation] = [:]
        for groupNode in list(node, field: "groups") {
            guard let group = readRuleGroup(groupNode, governorExtensions: governorExtensions) else { continue }
            if let first = seenGroups[group.name] {
                error(
                    groupNode, "groupname: \"\(group.name)\" is repeated in the same file",
                    hint: "the first group with this name is at \(first.line):\(first.column)")
            } else {
                seenGroups[group.name] = group.location
            }
            policySet.groups.append(group)
        }
    }

    private mutating func readRuleGroup(_ node: YAMLNode, governorExtensions: Bool) -> RuleGroupDefinition? {
        let known = governorExtensions ? Self.governorGroupFields : Self.prometheusGroupFields
        guard let fields = fields(of: node, "group", known: known, required: ["name"]) else { return nil }
        let name = string(fields["name"], field: "name") ?? ""
        if fields.has("name") && name.isEmpty {
            error(fields["name"]!, "group name must not be empty")
        }
        var schedule = duration(fields["interval"], field: "interval").map(Schedule.interval)
        if let scheduleNode = fields["schedule"] {
            if fields.has("interval") {
                error(scheduleNode, "a group takes either 'interval' or 'schedule', not both")
            }
            schedule = cronSchedule(scheduleNode)
        }
        let limit = integer(fields["limit"], field: "limit") ?? 0
        let backend = fields["backend"].flatMap { backendURL($0) }
        var rules: [RuleDefinition] = []
        var seenRules: [String: SourceLocation] = [:]
        for ruleNode in list(fields["rules"], field: "rules") {
            guard let rule = readRule(ruleNode, governorExtensions: governorExtensions) else { continue }
            defer { rules.append(rule) }
            // promtool warns about recording rules with the same name and labels, which would write the same
            // series twice; Prometheus itself accepts them, and alerts often share a name.
            guard case .record = rule.kind else { continue }
            let identity =
                rule.kind.name + "{"
                + rule.labels.sorted { $0.key < $1.key }.map { "\($0)=\($1)" }
                .joined(separator: ",") + "}"
            if let first = seenRules[identity] {
                warning(
                    ruleNode, "duplicate recording rule '\(rule.kind.name)' with the same labels in group '\(name)'",
                    hint: "the first one is at \(first.line):\(first.column)")
            } else {
                seenRules[identity] = rule.location
            }
        }
        return RuleGroupDefinition(
            name: name, schedule: schedule, limit: limit, rules: rules, backend: backend, location: location(of: node))
    }

    /// `backend: http://thanos-query:9090`: the base URL of a Prometheus-compatible query API (the part before
    /// `/api/v1/query`).
    private mutating func backendURL(_ node: YAMLNode) -> String? {
        guard let text = string(node, field: "backend") else { return nil }
        guard let components = URLComponents(string: text), let scheme = components.scheme?.lowercased(),
            scheme == "http" || scheme == "https", let host = components.host, !host.isEmpty,
            components.query == nil, components.fragment == nil
        else {
            error(
                node, "invalid backend URL '\(text)'",
                hint: "write the base URL of a Prometheus-compatible query API, e.g. http://thanos-query:9090")
            return nil
        }
        if components.path.hasSuffix("/api/v1/query") {
            error(
                node, "backend '\(text)' should not include /api/v1/query",
                hint: "write the base URL; Governor adds the API path")
            return nil
        }
        return text
    }

    /// `schedule: {cron: "*/15 * * * *"}`.
    mutating func cronSchedule(_ node: YAMLNode) -> Schedule? {
        guard let fields = fields(of: node, "schedule", known: ["cron"], required: ["cron"]),
            let cron = string(fields["cron"], field: "cron")
        else { return nil }
        do throws(CronError) {
            _ = try CronExpression(cron)
        } catch {
            self.error(fields["cron"]!, error.message)
            return nil
        }
        return .cron(cron)
    }

    private mutating func readRule(_ node: YAMLNode, governorExtensions: Bool) -> RuleDefinition? {
        let known = governorExtensions ? Self.governorRuleFields : Self.prometheusRuleFields
        guard let fields = fields(of: node, "rule", known: known) else { return nil }
        let record = string(fields["record"], field: "record")
        let alert = string(fields["alert"], field: "alert")
        switch (record, alert) {
        case (.some, .some):
            error(fields["record"]!, "only one of 'record' and 'alert' must be set")
        case (nil, nil):
            error(node, "one of 'record' or 'alert' must be set")
        default:
            break
        }
        var expr: PolicyExpression?
        if let exprNode = fields["expr"], !(string(exprNode, field: "expr") ?? "").isEmpty {
            expr = expression(exprNode, field: "expr")
        } else {
            error(fields["expr"] ?? node, "field 'expr' must be set in rule")
        }
        let forDuration = duration(fields["for"], field: "for") ?? 0
        let keepFiringFor = duration(fields["keep_firing_for"], field: "keep_firing_for") ?? 0
        let labels = stringMap(fields["labels"], field: "labels")
        let annotations = stringMap(fields["annotations"], field: "annotations")
        var clear: PolicyExpression?
        if let clearNode = fields["clear"] { clear = expression(clearNode, field: "clear") }
        var noData = NoDataPolicy.ok
        if let noDataNode = fields["no_data"], let text = string(noDataNode, field: "no_data") {
            if let policy = NoDataPolicy(rawValue: text) {
                noData = policy
            } else {
                error(
                    noDataNode, "invalid no_data '\(text)'", hint: "use one of: ok, keep_state, alert")
            }
        }

        if let record {
            if !annotations.isEmpty {
                error(fields.keyNode("annotations")!, "invalid field 'annotations' in recording rule")
            }
            if forDuration != 0 { error(fields.keyNode("for")!, "invalid field 'for' in recording rule") }
            if keepFiringFor != 0 {
                error(fields.keyNode("keep_firing_for")!, "invalid field 'keep_firing_for' in recording rule")
            }
            for field in ["clear", "no_data"] {
                if let keyNode = fields.keyNode(field) { error(keyNode, "invalid field '\(field)' in recording rule") }
            }
            if !PrometheusNames.isValidMetricName(record) {
                let hint = record.contains("{") ? "label matchers belong in 'expr', not in the name" : nil
                error(fields["record"]!, "invalid recording rule name: \(record)", hint: hint)
            }
        }
        for label in labels where !PrometheusNames.isValidLabelName(label.key) || label.key == "__name__" {
            error(label.keyNode, "invalid label name: \(label.key)")
        }
        for annotation in annotations where !PrometheusNames.isValidLabelName(annotation.key) {
            error(annotation.keyNode, "invalid annotation name: \(annotation.key)")
        }
        if alert != nil {
            // Prometheus parses alert labels and annotations as templates when loading, so broken ones fail early.
            for (kind, entries) in [("label", labels), ("annotation", annotations)] {
                for entry in entries {
                    do throws(TemplateError) {
                        try templates.check(entry.value)
                    } catch {
                        self.error(entry.valueNode, "\(kind) \"\(entry.key)\": template: \(error.message)")
                    }
                }
            }
        }

        guard let expr else { return nil }
        let kind: RuleKind
        switch (record, alert) {
        case (let record?, nil): kind = .record(record)
        case (nil, let alert?): kind = .alert(alert)
        default: return nil
        }
        return RuleDefinition(
            kind: kind, expr: expr, forDuration: forDuration, keepFiringFor: keepFiringFor, clear: clear,
            noData: noData, labels: Dictionary(labels.map { ($0.key, $0.value) }, uniquingKeysWith: { $1 }),
            annotations: Dictionary(annotations.map { ($0.key, $0.value) }, uniquingKeysWith: { $1 }),
            location: location(of: node))
    }
}
