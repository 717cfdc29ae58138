/// What one plan node produced at the current tick: label-set ids into its own table, each with a value, in the
/// order the reference evaluator would list the samples. The buffer is kept across ticks, so a tick that produces no
/// more rows than an earlier one allocates nothing.
///
/// The first row is held inline. Most aggregations and binary operations of a rule produce a single row, which then
/// reaches no buffer at all: a tick neither checks the uniqueness of one nor misses the cache on it, for every such
/// node.
struct PlanRows: Sendable, RandomAccessCollection {
    var table = LabelTable()
    private var head = PlanRow(id: 0, value: 0)
    /// The rows after the first.
    private var tail: [PlanRow] = []
    private var rowCount = 0

    var startIndex: Int { 0 }
    var endIndex: Int { rowCount }
    var count: Int { rowCount }

    subscript(position: Int) -> PlanRow {
        position == 0 && rowCount > 0 ? head : tail[position - 1]
    }

    mutating func begin() {
        // With one row or none the buffer holds nothing, and is not touched.
        if rowCount > 1 { tail.removeAll(keepingCapacity: true) }
        rowCount = 0
    }

    mutating func append(_ id: Int32, _ value: Double) {
        if rowCount == 0 {
            head = PlanRow(id: id, value: value)
        } else {
            tail.append(PlanRow(id: id, value: value))
        }
        rowCount += 1
    }
}

/// One row of a node's output: a label-set id into the node's table, and its value.
struct PlanRow: Sendable {
    let id: Int32
    let value: Double
}

/// A node of a compiled plan: a constant, or a reference to a vector-valued node of the program.
enum PlanNode: Sendable {
    case number(Double)
    case instantSelector(Int)
    case rangeCall(Int)
    case aggregation(Int)
    case binary(Int)
}

extension PlanNode {
    /// Whether both are the same vector node of a program (a shared sub-expression read twice).
    func isSameNode(as other: PlanNode) -> Bool {
        switch (self, other) {
        case (.instantSelector(let left), .instantSelector(let right)),
            (.rangeCall(let left), .rangeCall(let right)),
            (.aggregation(let left), .aggregation(let right)),
            (.binary(let left), .binary(let right)):
            left == right
        default: false
        }
    }
}
