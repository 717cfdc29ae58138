public import GovernorQuery

/// Mutes alerts matching `targetMatchers` while an alert matching `sourceMatchers` fires with the same values
/// for every label in `equal` (a label both lack counts as equal), as Alertmanager's `inhibit.InhibitRule`.
public struct InhibitRule: Hashable, Sendable {
    public var sourceMatchers: [LabelMatcher]
    public var targetMatchers: [LabelMatcher]
    public var equal: [String]
    public var location: SourceLocation?

    public init(
        sourceMatchers: [LabelMatcher], targetMatchers: [LabelMatcher], equal: [String] = [],
        location: SourceLocation? = nil
    ) {
        self.sourceMatchers = sourceMatchers
        self.targetMatchers = targetMatchers
        self.equal = equal
        self.location = location
    }

    /// The firing alert that inhibits `target`, if any.
    ///
    /// When the target could itself be a source, sources that could themselves be targets are skipped: otherwise
    /// two such alerts would mute each other, and an alert would mute itself.
    public func inhibitor(of target: Labels, amongFiring firing: [Labels]) -> Labels? {
        guard targetMatchers.matches(target) else { return nil }
        let targetIsAlsoSource = sourceMatchers.matches(target)
        return firing.first { source in
            sourceMatchers.matches(source)
                && equal.allSatisfy { source[$0] ?? "" == target[$0] ?? "" }
                && !(targetIsAlsoSource && targetMatchers.matches(source))
        }
    }
}

extension [InhibitRule] {
    /// Whether any rule inhibits `target` given the alerts firing now.
    public func inhibits(_ target: Labels, amongFiring firing: [Labels]) -> Bool {
        contains { $0.inhibitor(of: target, amongFiring: firing) != nil }
    }
}
