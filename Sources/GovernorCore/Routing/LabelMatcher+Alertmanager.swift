public import GovernorQuery

extension [LabelMatcher] {
    /// Whether every matcher accepts the labels (a missing label counts as the empty string).
    public func matches(_ labels: Labels) -> Bool {
        allSatisfy { $0.matches(labels[$0.name] ?? "") }
    }

    /// In Alertmanager's order (`labels.Matchers.Less`): by name, then value, then type.
    public func sortedForAlertmanager() -> [LabelMatcher] {
        sorted { lhs, rhs in
            if lhs.name != rhs.name { return lhs.name < rhs.name }
            if lhs.value != rhs.value { return lhs.value < rhs.value }
            return lhs.type.alertmanagerOrder < rhs.type.alertmanagerOrder
        }
    }

    /// `{a="b",c=~"d"}`, as Alertmanager prints matchers in route keys and `amtool`.
    public var alertmanagerText: String {
        "{" + map(\.description).joined(separator: ",") + "}"
    }
}

extension MatchType {
    fileprivate var alertmanagerOrder: Int {
        switch self {
        case .equal: 0
        case .notEqual: 1
        case .regexMatch: 2
        case .regexNoMatch: 3
        }
    }
}
