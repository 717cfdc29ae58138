extension Labels {
    /// Sets every label of `overrides` at once (an empty value removes the name), in one pass and one allocation:
    /// what a chain of `setting(_:to:)` calls gives, without a new array for each.
    /// - Parameter overrides: sorted by name, with unique names.
    public func setting(sorted overrides: [Label]) -> Labels {
        var result: [Label] = []
        result.reserveCapacity(pairs.count + overrides.count)
        var index = 0
        for override in overrides {
            while index < pairs.count, pairs[index].name < override.name {
                result.append(pairs[index])
                index += 1
            }
            if index < pairs.count, pairs[index].name == override.name { index += 1 }
            if !override.value.isEmpty { result.append(override) }
        }
        result.append(contentsOf: pairs[index...])
        return Labels(sortedUnchecked: result)
    }

    /// `overrides` as `setting(sorted:)` wants them: sorted by name, a later value of a name winning.
    public static func sortedOverrides(_ overrides: [(name: String, value: String)]) -> [Label] {
        var byName: [String: String] = [:]
        for (name, value) in overrides { byName[name] = value }
        return byName.map { Label(name: $0.key, value: $0.value) }.sorted { $0.name < $1.name }
    }
}
