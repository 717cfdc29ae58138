/// Go's text/template as alert labels and annotations use it, with Prometheus's template functions:
/// `{{ $labels.x }}`, `{{ .Labels.x }}`, `{{ $value | humanize }}`, `{{ printf "%.1f" $value }}`,
/// `{{ if … }}`/`{{ with … }}`/`{{ range $i, $s := query "…" }}` with `{{ else }}` and `{{ end }}`, variables,
/// and `query`/`first`/`value`/`label`. `{{-` and `-}}` trim surrounding spaces.
public struct AlertTemplate: Hashable, Sendable {
    public let source: String
    let nodes: [TemplateNode]

    /// Parses a template; a malformed action throws with the offset where it starts.
    public init(_ source: String) throws(TemplateError) {
        self.source = source
        var parser = try TemplateParser(source)
        nodes = try parser.parse()
    }

    /// True when the text has no actions, so rendering would return it unchanged.
    public var isPlainText: Bool { nodes.allSatisfy { if case .text = $0 { true } else { false } } }

    public func render(_ data: TemplateData) throws(TemplateError) -> String {
        var renderer = TemplateRenderer(data: data)
        return try renderer.render(nodes, dot: .root)
    }

    public static func == (lhs: AlertTemplate, rhs: AlertTemplate) -> Bool { lhs.source == rhs.source }
    public func hash(into hasher: inout Hasher) { hasher.combine(source) }
}
