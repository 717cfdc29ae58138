import GovernorCore
import GovernorQuery

/// The `filter` parameter of `GET /api/v2/alerts` and `/api/v2/silences`: matchers in Alertmanager's syntax, all of
/// which must hold.
struct AlertmanagerFilter {
    var matchers: [LabelMatcher]

    /// Throws the parser's message (`bad matcher format: …`), which the API answers with as a 400.
    init(_ texts: [String]) throws(MatcherSyntaxError) {
        matchers = []
        for text in texts { matchers.append(try AlertmanagerMatchers.parse(text)) }
    }

    /// Alertmanager's `matchFilterLabels`: unlike a silence or route matcher, a matcher for the empty value is
    /// skipped when the label is absent (`=`, `=~`) or present (`!=`, `!~`) rather than compared.
    func matches(_ labels: [String: String]) -> Bool {
        matchers.allSatisfy { matcher in
            let value = labels[matcher.name]
            switch matcher.type {
            case .notEqual, .regexNoMatch:
                if matcher.value.isEmpty && value != nil { return true }
            case .equal, .regexMatch:
                if matcher.value.isEmpty && value == nil { return true }
            }
            return matcher.matches(value ?? "")
        }
    }

    /// A silence passes when its matchers, read as labels (name to value), pass: Alertmanager 0.25's
    /// `CheckSilenceMatchesFilterLabels`.
    func matches(_ silence: Silence) -> Bool {
        matches(Dictionary(silence.matchers.map { ($0.name, $0.value) }, uniquingKeysWith: { $1 }))
    }
}
