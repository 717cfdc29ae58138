/// What one plan node produced at the current tick: label-set ids into its own table, each with a value, in the
/// order the reference evaluator would list the samples. The buffers are kept across ticks, so a tick that
/// produces no more rows than an earlier one allocates nothing.
struct PlanRows: Sendable {
    var table = LabelTable()
    var ids: [Int32] = []
    var values: [Double] = []

    mutating func begin() {
        ids.removeAll(keepingCapacity: true)
        values.removeAll(keepingCapacity: true)
    }

    mutating func append(_ id: Int32, _ value: Double) {
        ids.append(id)
        values.append(value)
    }
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
