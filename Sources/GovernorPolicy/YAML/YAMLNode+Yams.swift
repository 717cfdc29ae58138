import Yams

/// The few places that type scalars as Yams's default resolver does: unit-test values (`1.5`, `1e3`, `0x10`) and
/// telling `1` from `"1"` as keys in alert and unit-test files, which Yams composed with that resolver.
extension YAMLNode.Scalar {
    /// The tag Yams's default resolver gives this plain scalar's text (`int`, `float`, `bool`, `null`, `str`...).
    var yamsResolvedTag: String {
        Resolver.default.resolveTag(of: Node(string)).rawValue
    }

    fileprivate var yamsNode: Node {
        Node.scalar(
            Node.Scalar(
                string, tag.map { Tag(Tag.Name(rawValue: $0)) } ?? .implicit,
                Node.Scalar.Style(rawValue: style.rawValue) ?? .any))
    }
}

extension YAMLNode {
    /// The scalar as a number, as Yams's `Node.float` reads it.
    var float: Double? { scalar?.yamsNode.float }

    /// The scalar as a whole number, as Yams's `Node.int` reads it.
    var int: Int? { scalar?.yamsNode.int }
}
