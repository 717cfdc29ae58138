public import GovernorQuery

/// How Alertmanager prints a label set inside a group key (`model.LabelSet.String`).
public enum GroupKey {
    /// `{alertname="X", severity="critical"}`: each pair formatted, the formatted pairs sorted, joined by `, `.
    public static func labelSetText(_ labels: Labels) -> String {
        let pairs = labels.pairs.map { "\($0.name)=\(quotedLabelValue($0.value))" }.sorted()
        return "{" + pairs.joined(separator: ", ") + "}"
    }
}
