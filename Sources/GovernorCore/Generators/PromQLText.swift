import GovernorQuery

/// Small pieces of PromQL text the generators share.
enum PromQLText {
    /// `{a="1", b="2"}`, sorted by name, as Prometheus's `LabelSet.String()` prints a filter (Sloth uses it).
    static func filter(_ labels: [String: String]) -> String {
        let body = labels.sorted { $0.key < $1.key }.map { "\($0.key)=\(quotedLabelValue($0.value))" }
        return "{" + body.joined(separator: ", ") + "}"
    }

    /// A window as Prometheus spells durations: `5m`, `1h`, `30d`, `4w`.
    static func window(_ milliseconds: Int64) -> String {
        PrometheusDuration.format(milliseconds)
    }

    /// `objective_name` → `ObjectiveName`, for default alert names.
    static func upperCamelCase(_ name: String) -> String {
        name.split(whereSeparator: { !$0.isLetter && !$0.isNumber })
            .map { $0.prefix(1).uppercased() + $0.dropFirst() }
            .joined()
    }

    /// Merges label maps left to right; later maps win, as Sloth's `mergeLabels` does.
    static func merge(_ maps: [String: String]...) -> [String: String] {
        maps.reduce(into: [:]) { result, map in result.merge(map) { _, new in new } }
    }
}
