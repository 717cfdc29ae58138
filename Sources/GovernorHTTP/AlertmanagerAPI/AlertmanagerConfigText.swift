import Foundation
import GovernorCore
import GovernorQuery

/// The routing configuration written back as Alertmanager YAML, for `config.original` in `/api/v2/status`, so that
/// `amtool config routes` can draw the tree. Receivers are listed by name only: their settings may hold secrets
/// (Alertmanager masks them too), and Governor's own kinds (Telegram, Notion, log) have no Alertmanager spelling.
/// Each route is written with its settings resolved, which Alertmanager reads the same as inherited ones.
enum AlertmanagerConfigText {
    static func yaml(_ configuration: AlertingConfiguration) -> String {
        var lines = ["route:"]
        route(configuration.route, indent: "  ", into: &lines, isRoot: true)
        lines.append("receivers:")
        for receiver in configuration.receivers { lines.append("  - name: \(quoted(receiver.name))") }
        if !configuration.inhibitRules.isEmpty { lines.append("inhibit_rules:") }
        for rule in configuration.inhibitRules {
            lines.append("  - source_matchers: \(list(rule.sourceMatchers.map(\.description)))")
            lines.append("    target_matchers: \(list(rule.targetMatchers.map(\.description)))")
            if !rule.equal.isEmpty { lines.append("    equal: \(list(rule.equal))") }
        }
        if !configuration.timeIntervals.isEmpty { lines.append("time_intervals:") }
        for (name, intervals) in configuration.timeIntervals.sorted(by: { $0.key < $1.key }) {
            lines.append("  - name: \(quoted(name))")
            lines.append("    time_intervals:")
            for interval in intervals { lines.append("      - " + timeInterval(interval)) }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private static func route(_ route: Route, indent: String, into lines: inout [String], isRoot: Bool = false) {
        let options = route.options
        var fields = ["receiver: \(quoted(options.receiver))"]
        switch options.groupBy {
        case .all: fields.append("group_by: ['...']")
        case .labels(let names): fields.append("group_by: \(list(names.sorted()))")
        }
        if !isRoot && !route.matchers.isEmpty { fields.append("matchers: \(list(route.matchers.map(\.description)))") }
        if route.continueMatching { fields.append("continue: true") }
        fields.append("group_wait: \(PrometheusDuration.format(options.groupWait))")
        fields.append("group_interval: \(PrometheusDuration.format(options.groupInterval))")
        fields.append("repeat_interval: \(PrometheusDuration.format(options.repeatInterval))")
        if !options.muteTimeIntervals.isEmpty {
            fields.append("mute_time_intervals: \(list(options.muteTimeIntervals))")
        }
        if !options.activeTimeIntervals.isEmpty {
            fields.append("active_time_intervals: \(list(options.activeTimeIntervals))")
        }
        for (index, field) in fields.enumerated() {
            lines.append((isRoot ? indent : index == 0 ? String(indent.dropLast(2)) + "- " : indent) + field)
        }
        guard !route.routes.isEmpty else { return }
        lines.append(indent + "routes:")
        for child in route.routes { self.route(child, indent: indent + "    ", into: &lines) }
    }

    /// One interval as a flow mapping: `{times: [{start_time: '08:00', end_time: '18:00'}], weekdays: [...]}`.
    private static func timeInterval(_ interval: GovernorCore.TimeInterval) -> String {
        let weekdayNames = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"]
        var fields: [String] = []
        if !interval.times.isEmpty {
            let times = interval.times.map {
                "{start_time: '\(clock($0.lowerBound))', end_time: '\(clock($0.upperBound))'}"
            }
            fields.append("times: [\(times.joined(separator: ", "))]")
        }
        if !interval.weekdays.isEmpty {
            fields.append(
                "weekdays: \(list(interval.weekdays.map { range($0.lowerBound, $0.upperBound) { weekdayNames[$0] } }))")
        }
        if !interval.daysOfMonth.isEmpty {
            fields.append("days_of_month: \(list(interval.daysOfMonth.map { range($0.begin, $0.end, String.init) }))")
        }
        if !interval.months.isEmpty {
            fields.append("months: \(list(interval.months.map { range($0.lowerBound, $0.upperBound, String.init) }))")
        }
        if !interval.years.isEmpty {
            fields.append("years: \(list(interval.years.map { range($0.lowerBound, $0.upperBound, String.init) }))")
        }
        return "{\(fields.joined(separator: ", "))}"
    }

    private static func range(_ first: Int, _ last: Int, _ name: (Int) -> String) -> String {
        first == last ? name(first) : "\(name(first)):\(name(last))"
    }

    private static func clock(_ minutes: Int) -> String {
        let hours = String(minutes / 60)
        let rest = String(minutes % 60)
        return (hours.count < 2 ? "0" : "") + hours + ":" + (rest.count < 2 ? "0" : "") + rest
    }

    private static func list(_ items: [String]) -> String {
        "[" + items.map(quoted).joined(separator: ", ") + "]"
    }

    /// A YAML single-quoted scalar, where only `'` needs escaping (as `''`).
    private static func quoted(_ text: String) -> String {
        "'" + text.replacingOccurrences(of: "'", with: "''") + "'"
    }
}
