import GovernorCore
import GovernorQuery

/// Typed access to fields, reporting wrong types, unknown and missing fields at their positions.
extension PolicyFileReader {
    /// The mapping's fields; reports unknown fields (with a "did you mean") and missing required ones.
    /// `what` names the thing for messages: "rule", "group", "objective".
    mutating func fields(
        of node: YAMLNode, _ what: String, known: [String], required: [String] = []
    ) -> MappingFields? {
        // A section whose fields are all commented out is null in YAML; read it as empty.
        if node.isNull { return requireFields(MappingFields(node: node, entries: []), required, what) }
        guard case .mapping(let mapping) = node else {
            error(node, "\(what) must be a mapping, found \(node.kindDescription)")
            return nil
        }
        var entries: [(key: String, keyNode: YAMLNode, value: YAMLNode)] = []
        entries.reserveCapacity(mapping.count)
        // Almost no mapping merges anything; its own pairs are then read as they are, without a copy of each.
        let pairs = mapping.pairs.contains { Self.isMergeKey($0.key) } ? mergingKeys(mapping) : mapping.pairs
        for (keyNode, value) in pairs {
            guard let key = keyNode.scalar?.string else {
                error(keyNode, "\(what) keys must be strings, found \(keyNode.kindDescription)")
                continue
            }
            guard known.contains(key) else {
                error(keyNode, "unknown field '\(key)' in \(what)", hint: EditDistance.hint(for: key, among: known))
                continue
            }
            entries.append((key, keyNode, value))
        }
        return requireFields(MappingFields(node: node, entries: entries), required, what)
    }

    /// The mapping's pairs with YAML merge keys (`<<: *anchor`) expanded, as Prometheus's YAML library does:
    /// keys written in the mapping itself win over merged ones.
    private func mergingKeys(_ mapping: YAMLNode.Mapping) -> [(key: YAMLNode, value: YAMLNode)] {
        var own: [(key: YAMLNode, value: YAMLNode)] = []
        var merged: [(key: YAMLNode, value: YAMLNode)] = []
        for (keyNode, value) in mapping {
            guard Self.isMergeKey(keyNode) else {
                own.append((keyNode, value))
                continue
            }
            let sources: [YAMLNode] = if case .sequence(let sequence) = value { Array(sequence) } else { [value] }
            for case .mapping(let source) in sources { merged += mergingKeys(source) }
        }
        // Almost no mapping merges anything; skip building the set of its keys then.
        if merged.isEmpty { return own }
        let ownKeys = Set(own.compactMap { $0.0.scalar?.string })
        return own + merged.filter { !ownKeys.contains($0.0.scalar?.string ?? "") }
    }

    /// `<<`, unquoted.
    private static func isMergeKey(_ node: YAMLNode) -> Bool {
        guard case .scalar(let scalar) = node else { return false }
        return scalar.style == .plain && scalar.string == "<<"
    }

    private mutating func requireFields(_ fields: MappingFields, _ required: [String], _ what: String) -> MappingFields
    {
        for name in required where !fields.has(name) {
            error(fields.node, "missing required field '\(name)' in \(what)")
        }
        return fields
    }

    /// A scalar as text; numbers and booleans are accepted as written, as Prometheus does for `expr: 1`.
    mutating func string(_ node: YAMLNode?, field: String) -> String? {
        guard let node else { return nil }
        guard case .scalar(let scalar) = node else {
            error(node, "field '\(field)' must be a string, found \(node.kindDescription)")
            return nil
        }
        return node.isNull ? nil : scalar.string
    }

    mutating func number(_ node: YAMLNode?, field: String) -> Double? {
        guard let node, let text = string(node, field: field) else { return nil }
        guard let value = Double(text), value.isFinite else {
            error(node, "field '\(field)' must be a number, found '\(text)'")
            return nil
        }
        return value
    }

    mutating func integer(_ node: YAMLNode?, field: String) -> Int? {
        guard let node, let text = string(node, field: field) else { return nil }
        guard let value = Int(text), value >= 0 else {
            error(node, "field '\(field)' must be a whole number of at least 0, found '\(text)'")
            return nil
        }
        return value
    }

    mutating func boolean(_ node: YAMLNode?, field: String) -> Bool? {
        guard let node else { return nil }
        guard let value = node.yamlBool, case .scalar = node else {
            error(node, "field '\(field)' must be true or false, found \(describe(node))")
            return nil
        }
        return value
    }

    /// A Prometheus duration in milliseconds.
    mutating func duration(_ node: YAMLNode?, field: String) -> Int64? {
        guard let node, let text = string(node, field: field) else { return nil }
        guard let milliseconds = PrometheusDuration.parse(text) else {
            error(
                node, "invalid duration '\(text)' in field '\(field)'", hint: PrometheusDuration.syntaxHint)
            return nil
        }
        return milliseconds
    }

    /// A percentage (`10%`, `10`) in percent.
    mutating func percent(_ node: YAMLNode?, field: String) -> Double? {
        guard let node, let text = string(node, field: field) else { return nil }
        guard let value = Percentage.percent(text, fractionsAllowed: false), (0...100).contains(value) else {
            error(
                node, "invalid percentage '\(text)' in field '\(field)'", hint: "write a number from 0 to 100, e.g. 10%"
            )
            return nil
        }
        return value
    }

    mutating func list(_ node: YAMLNode?, field: String) -> [YAMLNode] {
        guard let node, !node.isNull else { return [] }
        guard case .sequence(let sequence) = node else {
            error(node, "field '\(field)' must be a list, found \(node.kindDescription)")
            return []
        }
        return Array(sequence)
    }

    mutating func stringList(_ node: YAMLNode?, field: String) -> [(String, YAMLNode)] {
        list(node, field: field).compactMap { item in string(item, field: field).map { ($0, item) } }
    }

    /// A mapping of strings to strings (labels, annotations), in file order, each with its key and value nodes.
    mutating func stringMap(_ node: YAMLNode?, field: String) -> [(
        key: String, keyNode: YAMLNode, value: String, valueNode: YAMLNode
    )] {
        guard let node, !node.isNull else { return [] }
        guard case .mapping(let mapping) = node else {
            error(node, "field '\(field)' must be a mapping, found \(node.kindDescription)")
            return []
        }
        var result: [(key: String, keyNode: YAMLNode, value: String, valueNode: YAMLNode)] = []
        for (keyNode, valueNode) in mapping {
            guard let key = string(keyNode, field: field), let value = string(valueNode, field: "\(field).\(key)")
            else { continue }
            result.append((key, keyNode, value, valueNode))
        }
        return result
    }

    private func describe(_ node: YAMLNode) -> String {
        if case .scalar(let scalar) = node { return "'\(scalar.string)'" }
        return node.kindDescription
    }
}
