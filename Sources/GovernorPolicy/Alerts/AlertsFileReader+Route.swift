import GovernorCore
import GovernorQuery

/// The routing tree, with Alertmanager's checks (`config.Route.UnmarshalYAML` and the root-route rules).
extension AlertsFileReader {
    static let routeFields = [
        "receiver", "group_by", "continue", "match", "match_re", "matchers", "group_wait", "group_interval",
        "repeat_interval", "mute_time_intervals", "active_time_intervals", "routes",
    ]

    mutating func readRoute(_ node: YAMLNode, isRoot: Bool) -> RouteDefinition? {
        let what = isRoot ? "route" : "child route"
        guard let fields = yaml.fields(of: node, what, known: Self.routeFields) else { return nil }
        var route = RouteDefinition(location: yaml.location(of: node))
        if let receiverNode = fields["receiver"], let receiver = yaml.string(receiverNode, field: "receiver") {
            route.receiver = receiver
            parts.receiverReferences.append((receiver, yaml.location(of: receiverNode)))
        } else if isRoot {
            yaml.error(node, "root route must specify a default receiver", hint: "add 'receiver: <name>'")
        }
        route.matchers = readMatchers(fields, equal: "match", regex: "match_re", list: "matchers")
        if let groupBy = fields["group_by"] { route.groupBy = readGroupBy(groupBy) }
        route.continueMatching = yaml.boolean(fields["continue"], field: "continue") ?? false
        route.groupWait = yaml.duration(fields["group_wait"], field: "group_wait")
        route.groupInterval = nonZeroDuration(fields["group_interval"], field: "group_interval")
        route.repeatInterval = nonZeroDuration(fields["repeat_interval"], field: "repeat_interval")
        route.muteTimeIntervals = timeIntervalNames(fields["mute_time_intervals"], field: "mute_time_intervals")
        route.activeTimeIntervals = timeIntervalNames(fields["active_time_intervals"], field: "active_time_intervals")
        if isRoot { checkRoot(route, fields) }
        route.routes = yaml.list(fields["routes"], field: "routes").compactMap { readRoute($0, isRoot: false) }
        return route
    }

    /// Alertmanager refuses a root route that could not match every alert, or that could be silent.
    private mutating func checkRoot(_ route: RouteDefinition, _ fields: MappingFields) {
        for key in ["match", "match_re", "matchers"] {
            if let keyNode = fields.keyNode(key) { yaml.error(keyNode, "root route must not have any matchers") }
        }
        if route.continueMatching, let keyNode = fields.keyNode("continue") {
            yaml.error(keyNode, "cannot have continue in root route")
        }
        for key in ["mute_time_intervals", "active_time_intervals"] {
            if let keyNode = fields.keyNode(key) {
                yaml.error(
                    keyNode,
                    "root route must not have any \(key == "mute_time_intervals" ? "mute time intervals" : "active time intervals")"
                )
            }
        }
    }

    /// `match` (equality), `match_re` (regexes) and `matchers` (Alertmanager matcher syntax), in that order.
    mutating func readMatchers(_ fields: MappingFields, equal: String, regex: String, list: String) -> [LabelMatcher] {
        var matchers: [LabelMatcher] = []
        for entry in yaml.stringMap(fields[equal], field: equal) {
            guard validLabelName(entry.key, entry.keyNode) else { continue }
            if let matcher = try? LabelMatcher(name: entry.key, type: .equal, value: entry.value) {
                matchers.append(matcher)
            }
        }
        for entry in yaml.stringMap(fields[regex], field: regex) {
            guard validLabelName(entry.key, entry.keyNode) else { continue }
            // Alertmanager keeps legacy regexes anchored in their text, which shows in route keys and `amtool`.
            if let matcher = try? LabelMatcher(name: entry.key, type: .regexMatch, value: "^(?:\(entry.value))$") {
                matchers.append(matcher)
            } else {
                yaml.error(entry.valueNode, "invalid regular expression '\(entry.value)' in '\(regex)'")
            }
        }
        for (text, node) in yaml.stringList(fields[list], field: list) {
            do {
                matchers += try AlertmanagerMatchers.parseList(text)
            } catch {
                yaml.error(
                    node, "\(error.message) in '\(list)'",
                    hint: "matchers look like severity=\"critical\" or team=~\"db|cache\"")
            }
        }
        return matchers
    }

    private mutating func readGroupBy(_ node: YAMLNode) -> GroupBy? {
        var names: Set<String> = []
        var wildcard: YAMLNode?
        for (name, item) in yaml.stringList(node, field: "group_by") {
            if name == "..." {
                wildcard = item
                continue
            }
            guard validLabelName(name, item) else { continue }
            if !names.insert(name).inserted { yaml.error(item, "duplicated label '\(name)' in group_by") }
        }
        guard let wildcard else { return .labels(names) }
        if !names.isEmpty {
            yaml.error(wildcard, "cannot have wildcard group_by (`...`) and other labels at the same time")
        }
        return .all
    }

    private mutating func nonZeroDuration(_ node: YAMLNode?, field: String) -> Int64? {
        guard let node, let value = yaml.duration(node, field: field) else { return nil }
        if value == 0 { yaml.error(node, "\(field) cannot be zero") }
        return value
    }

    private mutating func timeIntervalNames(_ node: YAMLNode?, field: String) -> [String] {
        yaml.stringList(node, field: field).map { name, item in
            parts.timeIntervalReferences.append((name, yaml.location(of: item)))
            return name
        }
    }

    mutating func validLabelName(_ name: String, _ node: YAMLNode) -> Bool {
        guard PrometheusNames.isValidLabelName(name) else {
            yaml.error(node, "invalid label name '\(name)'")
            return false
        }
        return true
    }
}
