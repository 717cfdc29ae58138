import CYaml

/// Builds `YAMLNode` documents straight from libyaml's events (libyaml is the C parser inside Yams, which does not
/// expose its events).
///
/// It composes as Yams's `Parser` does, down to its errors, so that every diagnostic stays where it was: the same
/// libyaml errors at the same marks, aliases resolved to their anchor's node, and a mapping with duplicate keys
/// rejected once all its entries are read. What it leaves out is what `check` paid for and never used: an object
/// per event and per tag, and hashing every key of every mapping (keys are few, so they are compared pairwise).
struct YAMLComposer: ~Copyable {
    /// How untagged plain scalars are typed, which matters only to tell duplicate keys apart: with `.basic` (the
    /// policy reader's) every one is a string, so `1` and `"1"` are the same key; with `.yams` they are typed as
    /// Yams's default resolver types them (the alerts and unit-test readers'), and are not.
    enum Typing {
        case basic
        case yams
    }

    private var parser = yaml_parser_t()
    private let typing: Typing
    private var anchors: [String: YAMLNode] = [:]

    /// Reads every document of `text`, handing each to `body` before the next is parsed, so that the documents
    /// before a syntax error are read as they would be without it.
    static func documents(
        in text: String, typing: Typing = .basic, _ body: (YAMLNode) -> Void
    ) throws(YAMLSyntaxError) {
        try composing(text, typing: typing) { (composer) throws(YAMLSyntaxError) in
            while let document = try composer.nextDocument() { body(document) }
        }
    }

    /// The first document of `text`, nil when there is none; like `Yams.compose`, an error when another follows.
    static func singleDocument(in text: String, typing: Typing = .yams) throws(YAMLSyntaxError) -> YAMLNode? {
        try composing(text, typing: typing) { (composer) throws(YAMLSyntaxError) -> YAMLNode? in
            guard let document = try composer.nextDocument() else { return nil }
            var event = try composer.next()
            defer { yaml_event_delete(&event) }
            if event.type != YAML_STREAM_END_EVENT {
                throw .syntax(
                    context: .init(text: "expected a single document in the stream", mark: .init(line: 1, column: 1)),
                    problem: "but found another document", mark: Self.mark(event.start_mark))
            }
            return document
        }
    }

    /// Runs `body` with a composer reading `text`, past the stream's start.
    private static func composing<Value>(
        _ text: String, typing: Typing, _ body: (inout YAMLComposer) throws(YAMLSyntaxError) -> Value
    ) throws(YAMLSyntaxError) -> Value {
        var text = text
        // `withUTF8` only rethrows untyped errors, so the typed one travels out in a `Result`.
        let result = text.withUTF8 { bytes in
            Result { () throws(YAMLSyntaxError) -> Value in
                var composer = YAMLComposer(typing: typing)
                defer { composer.close() }
                yaml_parser_set_encoding(&composer.parser, YAML_UTF8_ENCODING)
                yaml_parser_set_input_string(&composer.parser, bytes.baseAddress, bytes.count)
                try composer.skip()  // The stream's start.
                return try body(&composer)
            }
        }
        return try result.get()
    }

    private init(typing: Typing) {
        self.typing = typing
        yaml_parser_initialize(&parser)
    }

    private mutating func close() {
        yaml_parser_delete(&parser)
    }

    private mutating func next() throws(YAMLSyntaxError) -> yaml_event_t {
        var event = yaml_event_t()
        guard yaml_parser_parse(&parser, &event) == 1 else { throw YAMLSyntaxError(parser) }
        return event
    }

    private mutating func skip() throws(YAMLSyntaxError) {
        var event = try next()
        yaml_event_delete(&event)
    }

    private mutating func nextDocument() throws(YAMLSyntaxError) -> YAMLNode? {
        guard parser.stream_end_produced == 0 else { return nil }
        var start = try next()
        let isEnd = start.type == YAML_STREAM_END_EVENT
        yaml_event_delete(&start)
        if isEnd { return nil }
        var event = try next()
        defer { yaml_event_delete(&event) }
        let root = try node(from: &event)
        try skip()  // The document's end.
        return root
    }

    /// The node that starts with `event`; the caller deletes `event`.
    private mutating func node(from event: inout yaml_event_t) throws(YAMLSyntaxError) -> YAMLNode {
        switch event.type {
        case YAML_ALIAS_EVENT:
            let name = String(cString: event.data.alias.anchor)
            guard let node = anchors[name] else {
                throw .syntax(context: nil, problem: "found undefined alias", mark: Self.mark(event.start_mark))
            }
            return node
        case YAML_SCALAR_EVENT:
            let scalar = event.data.scalar
            let value = String(decoding: UnsafeBufferPointer(start: scalar.value, count: scalar.length), as: UTF8.self)
            let tag: String? =
                scalar.quoted_implicit == 1 ? YAMLNode.Scalar.stringTag : scalar.tag.map { String(cString: $0) }
            let node = YAMLNode.scalar(
                .init(
                    string: value, style: YAMLNode.Scalar.Style(rawValue: scalar.style.rawValue) ?? .any,
                    mark: Self.mark(event.start_mark), tag: tag))
            register(scalar.anchor, node)
            return node
        case YAML_SEQUENCE_START_EVENT:
            let start = event.data.sequence_start
            var nodes: [YAMLNode] = []
            while true {
                var item = try next()
                defer { yaml_event_delete(&item) }
                if item.type == YAML_SEQUENCE_END_EVENT { break }
                nodes.append(try node(from: &item))
            }
            let tag = start.implicit != 0 ? nil : start.tag.map { String(cString: $0) }
            let node = YAMLNode.sequence(.init(nodes: nodes, mark: Self.mark(event.start_mark), tag: tag))
            register(start.anchor, node)
            return node
        case YAML_MAPPING_START_EVENT:
            let start = event.data.mapping_start
            var pairs: [(key: YAMLNode, value: YAMLNode)] = []
            while true {
                var keyEvent = try next()
                defer { yaml_event_delete(&keyEvent) }
                if keyEvent.type == YAML_MAPPING_END_EVENT { break }
                let key = try node(from: &keyEvent)
                var valueEvent = try next()
                defer { yaml_event_delete(&valueEvent) }
                pairs.append((key, try node(from: &valueEvent)))
            }
            try checkDuplicates(pairs)
            let tag = start.implicit != 0 ? nil : start.tag.map { String(cString: $0) }
            let node = YAMLNode.mapping(.init(pairs: pairs, mark: Self.mark(event.start_mark), tag: tag))
            register(start.anchor, node)
            return node
        default:
            preconditionFailure("libyaml produced event \(event.type.rawValue) where a node starts")
        }
    }

    /// A later anchor of the same name replaces an earlier one, as YAML says.
    private mutating func register(_ anchor: UnsafeMutablePointer<yaml_char_t>?, _ node: YAMLNode) {
        guard let anchor else { return }
        anchors[String(cString: anchor)] = node
    }

    private static func mark(_ mark: yaml_mark_t) -> YAMLNode.Mark {
        YAMLNode.Mark(line: mark.line + 1, column: mark.column + 1)
    }

    /// Yams's error for a mapping whose keys repeat: every repeated key in text order, at the first place the
    /// first of them (in that order) is written.
    private func checkDuplicates(_ pairs: [(key: YAMLNode, value: YAMLNode)]) throws(YAMLSyntaxError) {
        guard pairs.count > 1 else { return }
        var repeated: [YAMLNode] = []
        for index in pairs.indices {
            let key = pairs[index].key
            // Only the first occurrence of a repeated key is kept, as Yams's grouping keeps it.
            guard !repeated.contains(where: { same($0, key) }) else { continue }
            if pairs[(index + 1)...].contains(where: { same($0.key, key) }) { repeated.append(key) }
        }
        guard !repeated.isEmpty else { return }
        repeated.sort { Self.ordered($0, $1) }
        throw .duplicatedKeys(repeated.map { $0.string ?? "<uncovertable>" }, mark: repeated[0].mark)
    }

    /// Yams's key equality: same text and the same resolved type, or the same structure.
    private func same(_ lhs: YAMLNode, _ rhs: YAMLNode) -> Bool {
        switch (lhs, rhs) {
        case (.scalar(let lhs), .scalar(let rhs)):
            guard lhs.string == rhs.string else { return false }
            if lhs.tag == rhs.tag { return true }
            return resolvedTag(lhs) == resolvedTag(rhs)
        case (.mapping(let lhs), .mapping(let rhs)):
            return lhs.pairs.count == rhs.pairs.count
                && zip(lhs.pairs, rhs.pairs).allSatisfy { same($0.key, $1.key) && same($0.value, $1.value) }
                && Self.resolved(lhs.tag, implicit: "tag:yaml.org,2002:map")
                    == Self.resolved(rhs.tag, implicit: "tag:yaml.org,2002:map")
        case (.sequence(let lhs), .sequence(let rhs)):
            return lhs.nodes.count == rhs.nodes.count && zip(lhs.nodes, rhs.nodes).allSatisfy { same($0, $1) }
                && Self.resolved(lhs.tag, implicit: "tag:yaml.org,2002:seq")
                    == Self.resolved(rhs.tag, implicit: "tag:yaml.org,2002:seq")
        default:
            return false
        }
    }

    private func resolvedTag(_ scalar: YAMLNode.Scalar) -> String {
        guard let tag = scalar.tag else {
            switch typing {
            case .basic: return YAMLNode.Scalar.stringTag
            case .yams: return scalar.yamsResolvedTag
            }
        }
        return tag == "!" ? YAMLNode.Scalar.stringTag : tag
    }

    private static func resolved(_ tag: String?, implicit: String) -> String {
        guard let tag, tag != "!" else { return implicit }
        return tag
    }

    /// Yams's node order: scalars by text, mappings and lists by their first differing entry.
    private static func ordered(_ lhs: YAMLNode, _ rhs: YAMLNode) -> Bool {
        switch (lhs, rhs) {
        case (.scalar(let lhs), .scalar(let rhs)):
            return lhs.string < rhs.string
        case (.mapping(let lhs), .mapping(let rhs)):
            return ordered(lhs.pairs.map(\.key), rhs.pairs.map(\.key))
        case (.sequence(let lhs), .sequence(let rhs)):
            return ordered(lhs.nodes, rhs.nodes)
        default:
            return false
        }
    }

    private static func ordered(_ lhs: [YAMLNode], _ rhs: [YAMLNode]) -> Bool {
        for (left, right) in zip(lhs, rhs) {
            if ordered(left, right) { return true }
            if ordered(right, left) { return false }
        }
        return lhs.count < rhs.count
    }
}
