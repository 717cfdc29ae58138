/// The nodes of one kind in a program, and beside each what it reads and what it produced at the current tick.
///
/// A node runs in place (`update(_:_:)`), so a tick neither copies nor moves it. What it reads and its rows and memo
/// live beside it, not in it, so following a node's inputs, checking its memo or reading its rows never touches the
/// node itself.
struct PlanNodeStore<Node: PlanNodeState>: Sendable {
    private var nodes: [Node] = []
    private(set) var outputs: [NodeOutput] = []
    private(set) var inputs: [NodeInputs] = []

    var count: Int { nodes.count }

    /// Adds a node that reads `inputs`, and returns its index.
    mutating func append(_ node: Node, reading inputs: NodeInputs = NodeInputs()) -> Int {
        nodes.append(node)
        outputs.append(NodeOutput())
        self.inputs.append(inputs)
        return nodes.count - 1
    }

    /// Runs `body` on node `index` in place, its rows with it. The program is changing meanwhile, so `body` works
    /// on what it was handed, not on the program.
    mutating func update<Result>(_ index: Int, _ body: (inout Node) -> Result) -> Result {
        nodes.withUnsafeMutableBufferPointer { nodes in
            outputs.withUnsafeMutableBufferPointer { outputs in
                swap(&nodes[index].rows, &outputs[index].rows)
                let result = body(&nodes[index])
                swap(&nodes[index].rows, &outputs[index].rows)
                return result
            }
        }
    }

    /// Exchanges node `index`'s rows with `rows`: moves them out for reading, and back.
    mutating func swapRows(_ rows: inout PlanRows, at index: Int) {
        swap(&rows, &outputs[index].rows)
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

/// The nodes a node reads: an aggregation its child (`first`), a binary operation its left and right sides.
struct NodeInputs: Sendable {
    var first = PlanNode.number(0)
    var second = PlanNode.number(0)
}

/// A plan node's state: its rows are handed to `PlanNodeStore` between runs.
protocol PlanNodeState: Sendable {
    var rows: PlanRows { get set }
}

extension InstantSelectorNode: PlanNodeState {}
extension RangeCallNode: PlanNodeState {}
extension AggregationNode: PlanNodeState {}
extension BinaryNode: PlanNodeState {}
