public import GovernorQuery

/// Attaches a target's labels (`job`, `instance`, static labels) to a scraped series the way Prometheus does with
/// `honor_labels: false`: the target's labels win, and a scraped label they displace is kept as `exported_<name>`
/// (`exported_exported_<name>` if that is taken too).
public enum ScrapeLabels {
    public static func attach(_ target: Labels, to scraped: Labels) -> Labels {
        var result = scraped
        var displaced: [Label] = []
        for label in target.pairs {
            if let existing = scraped[label.name], !existing.isEmpty {
                displaced.append(Label(name: label.name, value: existing))
            }
            result = result.setting(label.name, to: label.value)
        }
        for label in displaced {
            var name = "exported_" + label.name
            while scraped.has(name) || target.has(name) { name = "exported_" + name }
            result = result.setting(name, to: label.value)
        }
        return result
    }
}
