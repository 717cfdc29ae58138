/// What a group's tick needs to know of a rule before running it, kept beside the rules so that a tick of steady
/// alerts never reads a rule itself: a rule's fields sit in a box of its own, one cache miss per rule per tick.
struct RuleOutline: Sendable {
    let isAlerting: Bool
    let hasClear: Bool
    /// Whether an empty result asks whether the inputs vanished (`no_data` other than `ok`).
    let watchesNoData: Bool

    init(_ rule: RuleDefinition) {
        if case .alert = rule.kind { isAlerting = true } else { isAlerting = false }
        hasClear = rule.clear != nil
        watchesNoData = rule.noData != .ok
    }
}
