import Dispatch
import GovernorQuery
import Synchronization

/// Builds a `RuleGraph` from rule groups and forecasts, and reports what only the whole graph can show:
/// undefined series and cycles.
public struct RuleGraphBuilder: Sendable {
    /// How far back an instant selector looks for a sample (Prometheus's `--query.lookback-delta`).
    public var lookbackDelta: Int64
    public var planSharedSubexpressions: Bool

    public init(lookbackDelta: Int64 = 5 * 60_000, planSharedSubexpressions: Bool = true) {
        self.lookbackDelta = lookbackDelta
        self.planSharedSubexpressions = planSharedSubexpressions
    }

    /// The series an alerting rule writes, as Prometheus does.
    static let alertSeries = ["ALERTS", "ALERTS_FOR_STATE"]

    public func build(
        groups: [RuleGroupDefinition], forecasts: [ForecastDeclaration] = [], sourceSeries: Set<String> = []
    ) -> (graph: RuleGraph, diagnostics: [Diagnostic]) {
        var nodes = writerNodes(groups: groups, forecasts: forecasts)
        var writersBySeries: [String: [Int]] = [:]
        // Nodes are read by index here and below: copying a whole node (names, labels, reads) to look at one field
        // was a measurable part of compiling ten thousand rules.
        for index in nodes.indices {
            for series in nodes[index].writes { writersBySeries[series, default: []].append(nodes[index].id) }
        }

        var edges = Set<RuleGraph.Edge>()
        var retention: [String: Int64] = [:]
        // Series read but never written, with every node that reads them.
        var unwritten: [String: [Int]] = [:]
        for index in nodes.indices {
            let id = nodes[index].id
            for read in nodes[index].reads {
                let writers = writers(of: read, among: nodes, index: writersBySeries)
                for (writer, series) in writers {
                    edges.insert(RuleGraph.Edge(from: writer, to: id, series: series))
                    retention[series] = max(retention[series] ?? 0, read.history)
                }
                // A name some node writes is defined even when these labels select none of its series today.
                if writers.isEmpty, let name = read.name, writersBySeries[name] == nil {
                    unwritten[name, default: []].append(id)
                    retention[name] = max(retention[name] ?? 0, read.history)
                }
            }
        }

        var diagnostics: [Diagnostic] = []
        for name in unwritten.keys.sorted() {
            let source = RuleGraph.Node(id: nodes.count, kind: .source, name: name, writes: [name])
            nodes.append(source)
            let readers = Array(Set(unwritten[name]!)).sorted()
            for reader in readers {
                edges.insert(RuleGraph.Edge(from: source.id, to: reader, series: name))
                if !sourceSeries.contains(name), let location = nodes[reader].location {
                    diagnostics.append(
                        .warning(
                            at: location,
                            "series '\(name)' is read by '\(nodes[reader].name)' but no rule, forecast or known "
                                + "source produces it",
                            hint: "check the name for typos, or declare it as a source series"))
                }
            }
        }

        let sortedEdges = edges.sorted()
        // The cycle search and the evaluation order read only the finished nodes and edges, and with ten thousand
        // rules each is a noticeable part of compiling, which `check` waits for on one core; they run side by side.
        let finishedNodes = nodes
        let cycles = Mutex<[[Int]]>([])
        let evaluationOrder = Mutex<[RuleGraph.GroupOrder]>([])
        DispatchQueue.concurrentPerform(iterations: 2) { part in
            if part == 0 {
                let found = CycleFinder(nodeCount: finishedNodes.count, edges: sortedEdges).cycles()
                cycles.withLock { $0 = found }
            } else {
                let found = GroupOrdering.order(groups: groups, nodes: finishedNodes, edges: sortedEdges)
                evaluationOrder.withLock { $0 = found }
            }
        }
        diagnostics += cycles.withLock { $0 }.map { cycle in
            let names = (cycle + [cycle[0]]).map { nodes[$0].name }
            return .error(
                at: nodes[cycle[0]].location ?? SourceLocation(file: "", line: 0, column: 0),
                "cycle: \(names.joined(separator: " -> "))",
                hint: "a rule cannot depend, directly or through other rules, on its own output")
        }
        let graph = RuleGraph(
            nodes: nodes, edges: sortedEdges,
            evaluationOrder: evaluationOrder.withLock { $0 },
            sharedSubexpressions: planSharedSubexpressions ? SharedSubexpressionFinder.find(in: groups) : [],
            retention: retention)
        return (graph, diagnostics)
    }

    /// Rule nodes in group and file order, then forecasts.
    private func writerNodes(groups: [RuleGroupDefinition], forecasts: [ForecastDeclaration]) -> [RuleGraph.Node] {
        var nodes: [RuleGraph.Node] = []
        for group in groups {
            for rule in group.rules {
                var reads = SeriesRead.all(in: rule.expr.expr, lookbackDelta: lookbackDelta)
                if let clear = rule.clear { reads += SeriesRead.all(in: clear.expr, lookbackDelta: lookbackDelta) }
                switch rule.kind {
                case .record(let series):
                    nodes.append(
                        RuleGraph.Node(
                            id: nodes.count, kind: .recording, name: series, group: group.name, origin: rule.origin,
                            location: rule.location, writes: [series], staticLabels: rule.labels, reads: reads))
                case .alert(let name):
                    nodes.append(
                        RuleGraph.Node(
                            id: nodes.count, kind: .alert, name: name, group: group.name, origin: rule.origin,
                            location: rule.location, writes: Self.alertSeries,
                            staticLabels: rule.labels.merging(["alertname": name]) { _, name in name }, reads: reads))
                }
            }
        }
        for forecast in forecasts {
            let reads = forecast.reads.flatMap { SeriesRead.all(in: $0.expr, lookbackDelta: lookbackDelta) }.map {
                SeriesRead(name: $0.name, matchers: $0.matchers, history: $0.history + forecast.readsBack)
            }
            nodes.append(
                RuleGraph.Node(
                    id: nodes.count, kind: .forecast, name: forecast.name, origin: .forecast(name: forecast.name),
                    location: forecast.location, writes: forecast.outputs, reads: reads))
        }
        return nodes
    }

    /// The writers a selector may read from, with the series they write that it selects.
    private func writers(of read: SeriesRead, among nodes: [RuleGraph.Node], index: [String: [Int]])
        -> [(writer: Int, series: String)]
    {
        var found: [(writer: Int, series: String)] = []
        // The common case, a literal name, looks up its writers without building a list of one name: ten thousand
        // rules' selectors make this a noticeable part of `check`'s compile.
        if let name = read.name {
            guard let writers = index[name] else { return found }
            for writer in writers where read.mayRead(series: name, labels: nodes[writer].staticLabels) {
                found.append((writer, name))
            }
            return found
        }
        // No literal name: every written series whose name the matchers allow.
        for series in index.keys.sorted() {
            for writer in index[series] ?? [] where read.mayRead(series: series, labels: nodes[writer].staticLabels) {
                found.append((writer, series))
            }
        }
        return found
    }
}
