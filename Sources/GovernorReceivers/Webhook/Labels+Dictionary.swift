import GovernorQuery

extension Labels {
    /// Name → value, the shape JSON payloads use.
    var dictionary: [String: String] { Dictionary(uniqueKeysWithValues: pairs.map { ($0.name, $0.value) }) }
}
