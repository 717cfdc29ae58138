/// Finds one cycle in every strongly connected component of a directed graph (Tarjan's algorithm), so a
/// tangle of rules is reported once, with a whole path a reader can follow.
struct CycleFinder {
    let nodeCount: Int
    let successors: [[Int]]

    init(nodeCount: Int, edges: [RuleGraph.Edge]) {
        self.nodeCount = nodeCount
        var successors = Array(repeating: [Int](), count: nodeCount)
        for edge in edges { successors[edge.from].append(edge.to) }
        // One source series can feed thousands of rules; sorting and then dropping repeats keeps that
        // n log n, where looking each new edge up in the list first was quadratic.
        self.successors = successors.map { targets in
            var unique: [Int] = []
            for target in targets.sorted() where unique.last != target { unique.append(target) }
            return unique
        }
    }

    /// Each cycle starts at its smallest node id and lists every node once; cycles are sorted by first node.
    func cycles() -> [[Int]] {
        components().compactMap { component -> [Int]? in
            let members = Set(component)
            let start = component.min()!
            if component.count == 1 && !successors[start].contains(start) { return nil }
            return shortestCycle(from: start, within: members)
        }.sorted { $0[0] < $1[0] }
    }

    /// Breadth-first from `start` back to itself, staying inside the component.
    private func shortestCycle(from start: Int, within members: Set<Int>) -> [Int] {
        var previous: [Int: Int] = [:]
        var queue = [start]
        var head = 0
        while head < queue.count {
            let node = queue[head]
            head += 1
            for next in successors[node] where members.contains(next) {
                if next == start {
                    var path = [node]
                    while let before = previous[path[0]] { path.insert(before, at: 0) }
                    return path
                }
                if previous[next] == nil && next != start {
                    previous[next] = node
                    queue.append(next)
                }
            }
        }
        return [start]
    }

    /// Strongly connected components, iteratively so that long chains of rules cannot exhaust the stack.
    private func components() -> [[Int]] {
        var index = Array(repeating: -1, count: nodeCount)
        var lowLink = Array(repeating: 0, count: nodeCount)
        var onStack = Array(repeating: false, count: nodeCount)
        var stack: [Int] = []
        var nextIndex = 0
        var result: [[Int]] = []

        for root in 0..<nodeCount where index[root] < 0 {
            // Each frame is a node and the position of the next successor to visit.
            var frames: [(node: Int, next: Int)] = [(root, 0)]
            index[root] = nextIndex
            lowLink[root] = nextIndex
            nextIndex += 1
            stack.append(root)
            onStack[root] = true
            while let frame = frames.last {
                let node = frame.node
                if frame.next < successors[node].count {
                    frames[frames.count - 1].next += 1
                    let next = successors[node][frame.next]
                    if index[next] < 0 {
                        index[next] = nextIndex
                        lowLink[next] = nextIndex
                        nextIndex += 1
                        stack.append(next)
                        onStack[next] = true
                        frames.append((next, 0))
                    } else if onStack[next] {
                        lowLink[node] = min(lowLink[node], index[next])
                    }
                    continue
                }
                frames.removeLast()
                if let parent = frames.last { lowLink[parent.node] = min(lowLink[parent.node], lowLink[node]) }
                if lowLink[node] == index[node] {
                    var component: [Int] = []
                    while let member = stack.popLast() {
                        onStack[member] = false
                        component.append(member)
                        if member == node { break }
                    }
                    result.append(component)
                }
            }
        }
        return result
    }
}
