/// The fields of one YAML mapping, looked up by name, with each key's node kept for its position.
struct MappingFields {
    let node: YAMLNode
    /// In file order.
    let entries: [(key: String, keyNode: YAMLNode, value: YAMLNode)]

    // Lookups compare keys by index and copy only the node asked for: a rule's fields are read a dozen times each,
    // and copying every entry a closure looked at was a measurable part of `check`.
    subscript(name: String) -> YAMLNode? {
        index(of: name).map { entries[$0].value }
    }

    func keyNode(_ name: String) -> YAMLNode? {
        index(of: name).map { entries[$0].keyNode }
    }

    func has(_ name: String) -> Bool { index(of: name) != nil }

    private func index(of name: String) -> Int? {
        for index in entries.indices where entries[index].key == name { return index }
        return nil
    }
}
