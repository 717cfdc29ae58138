/// The compiled policies as a graph: who writes which series and who reads it.
///
/// Nodes are the user's and generated rules (in group and file order), forecasts, then source series
/// (sorted by name). An edge runs from the node that writes a series to each node that reads it.
public struct RuleGraph: Hashable, Sendable {
    public enum NodeKind: String, Hashable, Sendable {
        /// A series read but written by no rule or forecast: it comes from a metric source.
        case source
        case recording
        case alert
        case forecast
    }

    public struct Node: Hashable, Sendable, Identifiable {
        /// The node's index in `nodes`.
        public var id: Int
        public var kind: NodeKind
        /// The recorded series, the alert's name, the forecast's name or the source series' name.
        public var name: String
        /// The rule group (for rules) the node is evaluated in.
        public var group: String?
        /// nil for source series.
        public var origin: RuleOrigin?
        public var location: SourceLocation?
        /// The series the node writes (alerts write `ALERTS` and `ALERTS_FOR_STATE`).
        public var writes: [String]
        /// Labels every series the node writes is known to carry (the rule's own labels).
        public var staticLabels: [String: String]
        /// The selectors the node reads, with the history each needs.
        public var reads: [SeriesRead]

        public init(
            id: Int, kind: NodeKind, name: String, group: String? = nil, origin: RuleOrigin? = nil,
            location: SourceLocation? = nil, writes: [String], staticLabels: [String: String] = [:],
            reads: [SeriesRead] = []
        ) {
            self.id = id
            self.kind = kind
            self.name = name
            self.group = group
            self.origin = origin
            self.location = location
            self.writes = writes
            self.staticLabels = staticLabels
            self.reads = reads
        }
    }

    /// `from` writes `series`, which `to` reads.
    public struct Edge: Hashable, Sendable, Comparable {
        public var from: Int
        public var to: Int
        public var series: String

        public init(from: Int, to: Int, series: String) {
            self.from = from
            self.to = to
            self.series = series
        }

        public static func < (lhs: Edge, rhs: Edge) -> Bool {
            (lhs.from, lhs.to, lhs.series) < (rhs.from, rhs.to, rhs.series)
        }
    }

    /// The order one group's rules must be evaluated in.
    public struct GroupOrder: Hashable, Sendable {
        public var group: String
        /// Node ids, dependencies first; file order where no dependency decides.
        public var nodes: [Int]

        public init(group: String, nodes: [Int]) {
            self.group = group
            self.nodes = nodes
        }
    }

    /// A subexpression that appears more than once, so a tick can evaluate it once and share the result.
    public struct SharedSubexpression: Hashable, Sendable {
        /// The subexpression, printed canonically; identical subexpressions print identically.
        public var expression: String
        /// The nodes that contain it, ascending.
        public var users: [Int]
        /// How many times it appears in all.
        public var occurrences: Int

        public init(expression: String, users: [Int], occurrences: Int) {
            self.expression = expression
            self.users = users
            self.occurrences = occurrences
        }
    }

    public var nodes: [Node]
    /// Sorted by writer, then reader, then series.
    public var edges: [Edge]
    /// One entry per group, in the groups' order.
    public var evaluationOrder: [GroupOrder]
    /// Sorted by expression.
    public var sharedSubexpressions: [SharedSubexpression]
    /// For every series some node reads: milliseconds of history it must keep (the largest over its readers).
    public var retention: [String: Int64]

    public init(
        nodes: [Node], edges: [Edge], evaluationOrder: [GroupOrder] = [],
        sharedSubexpressions: [SharedSubexpression] = [], retention: [String: Int64] = [:]
    ) {
        self.nodes = nodes
        self.edges = edges
        self.evaluationOrder = evaluationOrder
        self.sharedSubexpressions = sharedSubexpressions
        self.retention = retention
    }

    /// The nodes whose output `node` reads.
    public func dependencies(of node: Int) -> [Int] {
        Array(Set(edges.filter { $0.to == node }.map(\.from))).sorted()
    }

    /// The nodes that read `node`'s output.
    public func dependents(of node: Int) -> [Int] {
        Array(Set(edges.filter { $0.from == node }.map(\.to))).sorted()
    }
}
