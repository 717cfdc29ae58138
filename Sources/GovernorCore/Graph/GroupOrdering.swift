/// The evaluation order inside each group.
///
/// Prometheus evaluates a group's rules one after another in file order, so a rule sees the current tick's
/// output only of rules above it. Governor puts every rule after the same-group rules it reads, and keeps file
/// order wherever no dependency decides (and among the rules of a cycle, which is reported separately).
enum GroupOrdering {
    static func order(groups: [RuleGroupDefinition], nodes: [RuleGraph.Node], edges: [RuleGraph.Edge])
        -> [RuleGraph.GroupOrder]
    {
        // Indexed by node id: a set per node, for ten thousand rules, cost more than the ordering itself.
        var predecessors = Array(repeating: [Int](), count: nodes.count)
        for edge in edges where edge.from != edge.to { predecessors[edge.to].append(edge.from) }
        var firstNode = 0
        return groups.map { group in
            // Rule nodes are created group by group in file order, so a group owns a contiguous run of ids.
            let members = firstNode..<firstNode + group.rules.count
            firstNode += group.rules.count
            return RuleGraph.GroupOrder(group: group.name, nodes: sorted(members, predecessors: predecessors))
        }
    }

    private static func sorted(_ members: Range<Int>, predecessors: [[Int]]) -> [Int] {
        var waitingOn: [Int: Set<Int>] = [:]
        for member in members {
            waitingOn[member] = Set(predecessors[member].filter { members.contains($0) })
        }
        var remaining = Array(members)
        var order: [Int] = []
        while !remaining.isEmpty {
            // The earliest rule whose same-group inputs are all done; the earliest rule at all inside a cycle.
            let position = remaining.firstIndex { waitingOn[$0]!.isEmpty } ?? 0
            let next = remaining.remove(at: position)
            order.append(next)
            for member in remaining { waitingOn[member]!.remove(next) }
        }
        return order
    }
}
