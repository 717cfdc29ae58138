public import GovernorQuery

/// Which labels split a route's alerts into aggregation groups.
public enum GroupBy: Hashable, Sendable {
    /// Only these labels (an empty set puts every alert of the route in one group).
    case labels(Set<String>)
    /// `group_by: ['...']`: every label, so each distinct alert is its own group.
    case all

    /// The labels of `alert` that name its group.
    public func groupLabels(of alert: Labels) -> Labels {
        switch self {
        case .all: alert
        case .labels(let names): alert.keeping(names)
        }
    }
}
