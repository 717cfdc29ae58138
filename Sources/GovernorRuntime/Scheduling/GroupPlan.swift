public import GovernorCore
public import GovernorQuery

/// One group as a replay runs it: its rules in graph order, its schedule, and where it stands among the groups.
public struct GroupPlan: Sendable {
    /// The group with its rules reordered so that each rule runs after the same-group rules it reads.
    public var group: RuleGroupDefinition
    public var schedule: Schedule
    /// Milliseconds between two of its ticks (for cron, the gap after the replay's start).
    public var interval: Int64
    /// The graph node of each rule in `group.rules`, index for index.
    public var nodes: [Int]

    /// Every group of `policy`, ordered so that a group reading another group's output runs after it at the same
    /// instant (file order where no dependency decides, and among groups that read each other).
    public static func plans(for policy: CompiledPolicy, from: Timestamp) throws(RuntimeError) -> [GroupPlan] {
        var firstNode = 0
        var plans: [GroupPlan] = []
        var groupOfNode: [Int: Int] = [:]
        for (index, group) in policy.groups.enumerated() {
            let orders = policy.graph.evaluationOrder
            let ordered = orders.indices.contains(index) && orders[index].nodes.count == group.rules.count
            let order = ordered ? orders[index].nodes : Array(firstNode..<firstNode + group.rules.count)
            var reordered = group
            reordered.rules = order.map { group.rules[$0 - firstNode] }
            for node in order { groupOfNode[node] = index }
            firstNode += group.rules.count
            let schedule = policy.schedule(of: group)
            plans.append(
                GroupPlan(
                    group: reordered, schedule: schedule,
                    interval: try interval(of: schedule, group: group, from: from),
                    nodes: order))
        }
        var readsFrom: [Int: Set<Int>] = [:]
        for edge in policy.graph.edges {
            guard let writer = groupOfNode[edge.from], let reader = groupOfNode[edge.to], writer != reader else {
                continue
            }
            readsFrom[reader, default: []].insert(writer)
        }
        return dependencyOrder(count: plans.count, readsFrom: readsFrom).map { plans[$0] }
    }

    private static func interval(of schedule: Schedule, group: RuleGroupDefinition, from: Timestamp)
        throws(RuntimeError) -> Int64
    {
        switch schedule {
        case .interval(let interval):
            guard interval > 0 else { throw RuntimeError("group \(group.name): interval must be positive") }
            return interval
        case .cron:
            do {
                let first = try schedule.nextTick(after: from)
                return try schedule.nextTick(after: first) - first
            } catch {
                throw RuntimeError("group \(group.name): \(error.message)")
            }
        }
    }

    /// Kahn's algorithm, always taking the earliest ready group; inside a cycle, the earliest group at all.
    private static func dependencyOrder(count: Int, readsFrom: [Int: Set<Int>]) -> [Int] {
        var waiting = readsFrom
        var remaining = Array(0..<count)
        var order: [Int] = []
        while !remaining.isEmpty {
            let position = remaining.firstIndex { waiting[$0, default: []].isEmpty } ?? 0
            let next = remaining.remove(at: position)
            order.append(next)
            for group in remaining { waiting[group]?.remove(next) }
        }
        return order
    }
}
