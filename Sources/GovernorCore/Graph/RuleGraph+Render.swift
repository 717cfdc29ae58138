import Foundation
import GovernorQuery

extension RuleGraph {
    /// The graph in `format`, with nodes in graph order and edges sorted, so the output is byte-for-byte stable.
    public func render(_ format: GraphFormat) -> String {
        switch format {
        case .text: renderText()
        case .dot: renderDot()
        case .mermaid: renderMermaid()
        }
    }

    /// Identifiers safe in both dot and Mermaid: the kind and the name with every other character made `_`,
    /// numbered when two nodes would otherwise collide.
    public var renderIdentifiers: [String] {
        var used: [String: Int] = [:]
        return nodes.map { node in
            let safeName = String(node.name.map { $0.isASCII && ($0.isLetter || $0.isNumber) ? $0 : "_" })
            let base = "\(node.kind.rawValue)_\(safeName)"
            let count = used[base, default: 0] + 1
            used[base] = count
            return count == 1 ? base : "\(base)_\(count)"
        }
    }

    private func describe(_ node: Node) -> String {
        var text = "\(node.kind.rawValue) \(node.name)"
        if let group = node.group { text += " [group \(group)]" }
        switch node.origin {
        case .slo(let objective): text += " (from objective \(objective))"
        case .governance: text += " (from governance)"
        case .forecast, .user, nil: break
        }
        return text
    }

    private func renderText() -> String {
        var lines = ["nodes (\(nodes.count)):"]
        lines += nodes.map { "  \($0.id) \(describe($0))" }
        lines.append("edges (\(edges.count)):")
        lines += edges.map { edge in
            "  \(nodes[edge.from].name) -> \(nodes[edge.to].name) via \(edge.series)"
        }
        lines.append("evaluation order:")
        for order in evaluationOrder {
            lines.append("  \(order.group): " + order.nodes.map { nodes[$0].name }.joined(separator: ", "))
        }
        if !sharedSubexpressions.isEmpty {
            lines.append("shared subexpressions:")
            lines += sharedSubexpressions.map { shared in
                "  \(shared.expression) (\(shared.occurrences)× in "
                    + shared.users.map { nodes[$0].name }.joined(separator: ", ") + ")"
            }
        }
        lines.append("retention:")
        lines += retention.sorted { $0.key < $1.key }.map { "  \($0.key): \(PrometheusDuration.format($0.value))" }
        return lines.joined(separator: "\n") + "\n"
    }

    private func renderDot() -> String {
        let ids = renderIdentifiers
        var lines = ["digraph governor {", "  rankdir=LR;"]
        for node in nodes {
            let shape =
                switch node.kind {
                case .source: "ellipse"
                case .recording: "box"
                case .alert: "octagon"
                case .forecast: "parallelogram"
                }
            lines.append("  \"\(ids[node.id])\" [label=\"\(dotEscaped(describe(node)))\", shape=\(shape)];")
        }
        for edge in edges {
            lines.append("  \"\(ids[edge.from])\" -> \"\(ids[edge.to])\" [label=\"\(dotEscaped(edge.series))\"];")
        }
        lines.append("}")
        return lines.joined(separator: "\n") + "\n"
    }

    private func renderMermaid() -> String {
        let ids = renderIdentifiers
        var lines = ["flowchart LR"]
        for node in nodes {
            let label = "\"\(mermaidEscaped(describe(node)))\""
            let shaped =
                switch node.kind {
                case .source: "([\(label)])"
                case .recording: "[\(label)]"
                case .alert: "{{\(label)}}"
                case .forecast: "[/\(label)/]"
                }
            lines.append("  \(ids[node.id])\(shaped)")
        }
        for edge in edges {
            lines.append("  \(ids[edge.from]) -->|\"\(mermaidEscaped(edge.series))\"| \(ids[edge.to])")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private func dotEscaped(_ text: String) -> String {
        text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
    }

    /// Mermaid has no backslash escapes inside quoted labels; it takes HTML-style entity codes.
    private func mermaidEscaped(_ text: String) -> String {
        text.replacingOccurrences(of: "\"", with: "#quot;")
    }
}
