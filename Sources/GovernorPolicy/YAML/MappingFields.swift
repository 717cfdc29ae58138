import Yams

/// The fields of one YAML mapping, looked up by name, with each key's node kept for its position.
struct MappingFields {
    let node: Node
    /// In file order.
    let entries: [(key: String, keyNode: Node, value: Node)]

    subscript(name: String) -> Node? {
        entries.first { $0.key == name }?.value
    }

    func keyNode(_ name: String) -> Node? {
        entries.first { $0.key == name }?.keyNode
    }

    func has(_ name: String) -> Bool { self[name] != nil }
}
