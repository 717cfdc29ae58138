import GovernorCore

extension AlertsFileReader {
    mutating func readInhibitRule(_ node: YAMLNode) {
        let known = [
            "source_match", "source_match_re", "source_matchers", "target_match", "target_match_re", "target_matchers",
            "equal",
        ]
        guard let fields = yaml.fields(of: node, "inhibit rule", known: known) else { return }
        let source = readMatchers(fields, equal: "source_match", regex: "source_match_re", list: "source_matchers")
        let target = readMatchers(fields, equal: "target_match", regex: "target_match_re", list: "target_matchers")
        let equal = yaml.stringList(fields["equal"], field: "equal").compactMap { name, item in
            validLabelName(name, item) ? name : nil
        }
        parts.inhibitRules.append(
            InhibitRule(sourceMatchers: source, targetMatchers: target, equal: equal, location: yaml.location(of: node))
        )
    }
}
