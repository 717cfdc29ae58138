/// The nodes of one kind in a program, and beside each what it produced at the current tick.
///
/// A node is taken out while it runs (its slot is nil only then), so it changes while the nodes it reads are read
/// in place, and neither is copied. Its rows and memo live beside it, not in it: a parent reads them from an array
/// of plain values, where the compiler borrows them. Read through the node's optional, they were copied first,
/// one retain and release per buffer, each a cache miss.
struct PlanNodeStore<Node: PlanNodeState>: Sendable {
    private var nodes: [Node?] = []
    private(set) var outputs: [NodeOutput] = []

    var count: Int { nodes.count }

    /// Adds a node and returns its index.
    mutating func append(_ node: Node) -> Int {
        nodes.append(node)
        outputs.append(NodeOutput())
        return nodes.count - 1
    }

    /// Node `index`, moved out with its rows until `put(_:at:)` moves it back.
    mutating func take(_ index: Int) -> Node {
        var node = nodes[index].take()!
        swap(&node.rows, &outputs[index].rows)
        return node
    }

    /// Moves a node taken out back, its rows to where parents read them. Pass it with `consume`: without, the
    /// caller copies the whole node.
    mutating func put(_ node: consuming Node, at index: Int) {
        swap(&node.rows, &outputs[index].rows)
        nodes[index] = consume node
    }

    mutating func record(_ succeeded: Bool, at tick: UInt32, of index: Int) {
        outputs[index].memo.record(succeeded, at: tick)
    }
}

/// What a plan node produced at the current tick.
struct NodeOutput: Sendable {
    var memo = TickMemo()
    var rows = PlanRows()
}

/// A plan node's state: its rows are handed to `PlanNodeStore` between runs.
protocol PlanNodeState: Sendable {
    var rows: PlanRows { get set }
}

extension InstantSelectorNode: PlanNodeState {}
extension RangeCallNode: PlanNodeState {}
extension AggregationNode: PlanNodeState {}
extension BinaryNode: PlanNodeState {}
