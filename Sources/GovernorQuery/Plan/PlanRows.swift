/// What one plan node produced at the current tick: label-set ids into its own table, each with a value, in the
/// order the reference evaluator would list the samples.
///
/// The first row is held inline. Most aggregations and binary operations of a rule produce a single row, which then
/// reaches no buffer at all. The rows after it go to the end of the tick's rows (`PlanScratch.tickRows`), one buffer
/// every node of the program writes in turn and that starts empty at each tick: a node's rows follow its children's,
/// which its parent has just read, instead of sitting in a buffer of the node's own whose header and rows were cache
/// misses, for every node with more than one row at every tick.
struct PlanRows: Sendable {
    var table = LabelTable()
    private var head = PlanRow(id: 0, value: 0)
    /// Where the rows after the first start in the tick's rows.
    private var tailStart = 0
    private(set) var count = 0

    var isEmpty: Bool { count == 0 }

    /// Row `position`, the rows after the first read from `tickRows`.
    func row(_ position: Int, in tickRows: borrowing [PlanRow]) -> PlanRow {
        position == 0 ? head : tickRows[tailStart + position - 1]
    }

    mutating func begin() {
        count = 0
    }

    /// Adds a row. A node's rows after the first must be the last ones in `tickRows`: a node appends all of its rows
    /// in one run, after its children's.
    mutating func append(_ id: Int32, _ value: Double, to tickRows: inout [PlanRow]) {
        if count == 0 {
            head = PlanRow(id: id, value: value)
        } else {
            if count == 1 { tailStart = tickRows.count }
            tickRows.append(PlanRow(id: id, value: value))
        }
        count += 1
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
