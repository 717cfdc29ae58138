import GovernorCore
import GovernorQuery

/// A silence in Alertmanager's `gettableSilence` shape.
struct GettableSilence: Encodable {
    struct Status: Encodable {
        var state: String
    }

    var id: String
    var status: Status
    var updatedAt: String
    var comment: String
    var createdBy: String
    var startsAt: String
    var endsAt: String
    var matchers: [AlertmanagerMatcher]

    init(_ silence: Silence, updatedAt: Int64, at now: Int64) {
        id = silence.id
        status = Status(state: silence.state(at: now).rawValue)
        self.updatedAt = AlertmanagerTime.format(updatedAt)
        comment = silence.comment
        createdBy = silence.createdBy
        startsAt = AlertmanagerTime.format(silence.startsAt)
        endsAt = AlertmanagerTime.format(silence.endsAt)
        matchers = silence.matchers.map(AlertmanagerMatcher.init)
    }

    /// Alertmanager's `SortSilences`: active ones first, the next to end first; then pending ones, the next to
    /// start first; then expired ones, the latest to end first.
    static func sorted(_ silences: [(Silence, Int64)], at now: Int64) -> [GettableSilence] {
        let rank: [Silence.State: Int] = [.active: 0, .pending: 1, .expired: 2]
        return silences.sorted { lhs, rhs in
            let (left, right) = (lhs.0, rhs.0)
            let (leftState, rightState) = (left.state(at: now), right.state(at: now))
            if leftState != rightState { return rank[leftState]! < rank[rightState]! }
            switch leftState {
            case .active: return (left.endsAt, left.id) < (right.endsAt, right.id)
            case .pending: return (left.startsAt, left.id) < (right.startsAt, right.id)
            case .expired: return (left.endsAt, right.id) > (right.endsAt, left.id)
            }
        }.map { GettableSilence($0.0, updatedAt: $0.1, at: now) }
    }
}

/// One matcher as the API spells it: `isRegex` and `isEqual` instead of an operator.
struct AlertmanagerMatcher: Encodable {
    var name: String
    var value: String
    var isRegex: Bool
    var isEqual: Bool

    init(_ matcher: LabelMatcher) {
        name = matcher.name
        value = matcher.value
        isRegex = matcher.type == .regexMatch || matcher.type == .regexNoMatch
        isEqual = matcher.type == .equal || matcher.type == .regexMatch
    }
}
