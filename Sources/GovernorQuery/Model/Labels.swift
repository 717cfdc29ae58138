/// One label pair of a series.
public struct Label: Hashable, Sendable, Comparable {
    public var name: String
    public var value: String

    public init(name: String, value: String) {
        self.name = name
        self.value = value
    }

    public static func < (lhs: Label, rhs: Label) -> Bool {
        lhs.name < rhs.name || (lhs.name == rhs.name && lhs.value < rhs.value)
    }
}

/// A label set, always sorted by name with unique names and no empty values,
/// which is the invariant Prometheus keeps.
public struct Labels: Hashable, Sendable, Comparable {
    public static let metricName = "__name__"

    public private(set) var pairs: [Label]

    public init() { pairs = [] }

    /// Builds a label set; empty values are dropped and a later duplicate name wins.
    public init(_ pairs: [Label]) {
        var byName: [String: String] = [:]
        for pair in pairs { byName[pair.name] = pair.value }
        self.pairs = byName.filter { !$0.value.isEmpty }.map { Label(name: $0.key, value: $0.value) }.sorted()
    }

    public init(_ dictionary: [String: String]) {
        self.init(dictionary.map { Label(name: $0.key, value: $0.value) })
    }

    /// Builds from pairs already sorted by name with unique names and non-empty values.
    public init(sortedUnchecked pairs: [Label]) { self.pairs = pairs }

    public var isEmpty: Bool { pairs.isEmpty }
    public var count: Int { pairs.count }

    public subscript(name: String) -> String? {
        for pair in pairs where pair.name == name { return pair.value }
        return nil
    }

    public var metricName: String? { self[Labels.metricName] }

    public func has(_ name: String) -> Bool { self[name] != nil }

    /// Sets (or, with an empty value, removes) one label.
    public func setting(_ name: String, to value: String) -> Labels {
        var copy = pairs.filter { $0.name != name }
        if !value.isEmpty {
            let index = copy.firstIndex { $0.name > name } ?? copy.count
            copy.insert(Label(name: name, value: value), at: index)
        }
        return Labels(sortedUnchecked: copy)
    }

    public func removing(_ names: Set<String>) -> Labels {
        Labels(sortedUnchecked: pairs.filter { !names.contains($0.name) })
    }

    public func keeping(_ names: Set<String>) -> Labels {
        Labels(sortedUnchecked: pairs.filter { names.contains($0.name) })
    }

    public func withoutMetricName() -> Labels {
        guard pairs.contains(where: { $0.name == Labels.metricName }) else { return self }
        return Labels(sortedUnchecked: pairs.filter { $0.name != Labels.metricName })
    }

    public static func < (lhs: Labels, rhs: Labels) -> Bool {
        // Same order as Prometheus's labels.Compare: pairwise by name, then value, then length.
        for (left, right) in zip(lhs.pairs, rhs.pairs) {
            if left.name != right.name { return left.name < right.name }
            if left.value != right.value { return left.value < right.value }
        }
        return lhs.pairs.count < rhs.pairs.count
    }
}

extension Labels: CustomStringConvertible {
    /// Prometheus's text form: `name{a="b"}`, or `{a="b"}` without a metric name.
    public var description: String {
        let name = metricName ?? ""
        let rest = pairs.filter { $0.name != Labels.metricName }
        if rest.isEmpty && !name.isEmpty { return name }
        let body = rest.map { "\($0.name)=\(quotedLabelValue($0.value))" }.joined(separator: ", ")
        return "\(name){\(body)}"
    }
}

/// Quotes a label value the way Go's `strconv.Quote` does for printable text.
public func quotedLabelValue(_ value: String) -> String {
    var out = "\""
    for scalar in value.unicodeScalars {
        switch scalar {
        case "\"": out += "\\\""
        case "\\": out += "\\\\"
        case "\n": out += "\\n"
        case "\t": out += "\\t"
        case "\r": out += "\\r"
        default: out.unicodeScalars.append(scalar)
        }
    }
    return out + "\""
}

extension Labels: ExpressibleByDictionaryLiteral {
    public init(dictionaryLiteral elements: (String, String)...) {
        self.init(elements.map { Label(name: $0.0, value: $0.1) })
    }
}

extension Labels {
    /// Go's `labels.Labels.String()`: every pair, the metric name included, as `{__name__="x", a="b"}`. Prometheus
    /// writes label sets this way inside error messages.
    public var goDescription: String {
        "{" + pairs.map { "\($0.name)=\(quotedLabelValue($0.value))" }.joined(separator: ", ") + "}"
    }
}
