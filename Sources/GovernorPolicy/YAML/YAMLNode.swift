/// One node of a composed YAML document, with where it starts, as `YAMLComposer` builds it from libyaml's events.
///
/// The readers copy nodes all the time (every field lookup returns one), so a node is an indirect value: copying
/// one is a single reference count, whatever it holds. Aliases are resolved while composing, as Yams does: an
/// alias is a copy of the node its anchor names, position included.
indirect enum YAMLNode: Sendable {
    case scalar(Scalar)
    case mapping(Mapping)
    case sequence(Sequence)

    /// A 1-based line and column, columns counted in Unicode scalars (as libyaml counts them).
    struct Mark: Sendable, Equatable {
        var line: Int
        var column: Int
    }

    struct Scalar: Sendable {
        /// How the scalar was written; the raw values are libyaml's `yaml_scalar_style_t`.
        enum Style: UInt32, Sendable {
            case any = 0
            case plain
            case singleQuoted
            case doubleQuoted
            case literal
            case folded
        }

        var string: String
        var style: Style
        var mark: Mark
        /// The explicit tag (`!!int 1`), or `tag:yaml.org,2002:str` for a quoted scalar; nil for a plain one.
        var tag: String?
    }

    struct Mapping: Sendable, RandomAccessCollection {
        var pairs: [(key: YAMLNode, value: YAMLNode)]
        var mark: Mark
        /// The explicit tag, if any.
        var tag: String?

        var startIndex: Int { pairs.startIndex }
        var endIndex: Int { pairs.endIndex }
        subscript(position: Int) -> (key: YAMLNode, value: YAMLNode) { pairs[position] }

        var keys: [YAMLNode] { pairs.map(\.key) }

        /// The value of the string key `name`: the last such key, as Yams looks keys up (a duplicate key is an
        /// error anyway).
        subscript(name: String) -> YAMLNode? {
            for index in pairs.indices.reversed() {
                if case .scalar(let key) = pairs[index].key, key.string == name, key.isString {
                    return pairs[index].value
                }
            }
            return nil
        }
    }

    struct Sequence: Sendable, RandomAccessCollection {
        var nodes: [YAMLNode]
        var mark: Mark
        /// The explicit tag, if any.
        var tag: String?

        var startIndex: Int { nodes.startIndex }
        var endIndex: Int { nodes.endIndex }
        subscript(position: Int) -> YAMLNode { nodes[position] }
    }

    var mark: Mark {
        switch self {
        case .scalar(let scalar): scalar.mark
        case .mapping(let mapping): mapping.mark
        case .sequence(let sequence): sequence.mark
        }
    }

    var scalar: Scalar? {
        if case .scalar(let scalar) = self { return scalar }
        return nil
    }

    /// The scalar's text; nil for a mapping or a list.
    var string: String? { scalar?.string }
}

extension YAMLNode.Scalar {
    static let stringTag = "tag:yaml.org,2002:str"

    /// Whether a string lookup finds this key. Keys are looked up by text in files the loader reads with no type
    /// resolution, and `kind`, `groups` and every other field name resolve to a string in any case.
    var isString: Bool { tag == nil || tag == Self.stringTag || tag == "!" }
}
