/// How `governor graph` prints the rule graph.
public enum GraphFormat: String, CaseIterable, Hashable, Sendable {
    case text
    /// Graphviz.
    case dot
    /// A Mermaid flowchart, which GitHub renders inside Markdown.
    case mermaid
}
