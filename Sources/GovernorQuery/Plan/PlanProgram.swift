/// The nodes of one compiled expression, and their evaluation at one tick.
///
/// Every node keeps its buffers and caches between ticks. A node that meets anything the reference evaluator
/// would report as an error (duplicate series, a many-to-many match, a time out of range) gives up, and the
/// whole expression is evaluated by the reference evaluator instead, which reports it exactly.
struct PlanProgram: Sendable {
    let lookbackDelta: Int64
    /// The nodes, by kind.
    var instantSelectors = PlanNodeStore<InstantSelectorNode>()
    var rangeCalls = PlanNodeStore<RangeCallNode>()
    var aggregations = PlanNodeStore<AggregationNode>()
    var binaries = PlanNodeStore<BinaryNode>()
    /// Shared by the nodes while they run: the one running takes it out, and hands it back when done.
    var scratch: PlanScratch? = PlanScratch()
    /// The range calls' windows, taken out the same way while one of them runs.
    var windowPool: WindowPool? = WindowPool()
    /// Set when a selector finds a different store than it resolved against: the plan must be compiled afresh.
    var storeReplaced = false
    /// Which tick the program is at: a node runs at most once per tick, however many parents read it.
    private(set) var tick: UInt32 = 1
    /// The metric names the expressions' own evaluation may write between two of them in one tick (a group's
    /// recorded series and `ALERTS`): a sub-expression reading none of them gives the same answer to every
    /// expression of the tick, so it is compiled once (`PlanCompiler`).
    let writtenNames: Set<String>
    /// The shared sub-expressions compiled so far, by their canonical text.
    var sharedNodes: [String: PlanNode] = [:]

    init(lookbackDelta: Int64, writtenNames: Set<String> = []) {
        self.lookbackDelta = lookbackDelta
        self.writtenNames = writtenNames
    }

    /// Moves to the next tick: every node runs afresh when next asked.
    mutating func beginTick() {
        tick &+= 1
        if tick == 0 { tick = 1 }
        scratch?.tickRows.removeAll(keepingCapacity: true)
    }

    /// The node's result at `time`, or nil to fall back to the reference evaluator. It is built in `spare`'s
    /// buffer, which it takes.
    mutating func run(
        _ root: PlanNode, at time: Timestamp, storage: InMemoryStorage, reusing spare: inout InstantVector
    ) -> InstantVector? {
        guard evaluate(root, at: time, storage: storage) else { return nil }
        let rows = takeRows(of: root)
        var vector = InstantVector()
        swap(&vector, &spare)
        vector.removeAll(keepingCapacity: true)
        vector.reserveCapacity(rows.count)
        for index in 0..<rows.count {
            let row = rows.row(index, in: scratch!.tickRows)
            vector.append(VectorSample(labels: rows.table[row.id], timestamp: time, value: row.value))
        }
        putRows(rows, of: root)
        return vector
    }

    /// Evaluates a node after its children, once per tick; false means "give up".
    mutating func evaluate(_ node: PlanNode, at time: Timestamp, storage: InMemoryStorage) -> Bool {
        if let outcome = memo(of: node)?.outcome(at: tick) { return outcome }
        let outcome =
            switch node {
            case .number: true
            case .instantSelector(let index): evaluateInstantSelector(index, at: time, storage: storage)
            case .rangeCall(let index): evaluateRangeCall(index, at: time, storage: storage)
            case .aggregation(let index): evaluateAggregation(index, at: time, storage: storage)
            case .binary(let index): evaluateBinary(index, at: time, storage: storage)
            }
        switch node {
        case .number: break
        case .instantSelector(let index): instantSelectors.record(outcome, at: tick, of: index)
        case .rangeCall(let index): rangeCalls.record(outcome, at: tick, of: index)
        case .aggregation(let index): aggregations.record(outcome, at: tick, of: index)
        case .binary(let index): binaries.record(outcome, at: tick, of: index)
        }
        return outcome
    }

    private func memo(of node: PlanNode) -> TickMemo? {
        switch node {
        case .number: nil
        case .instantSelector(let index): instantSelectors.outputs[index].memo
        case .rangeCall(let index): rangeCalls.outputs[index].memo
        case .aggregation(let index): aggregations.outputs[index].memo
        case .binary(let index): binaries.outputs[index].memo
        }
    }

    /// How many vector nodes the program has: fewer than its expressions would have alone when they share some.
    var nodeCount: Int { instantSelectors.count + rangeCalls.count + aggregations.count + binaries.count }

    /// A node's rows, moved out of the program so that another node can read them while it changes; hand them back
    /// with `putRows(_:of:)`. Borrowed in place instead, they were copied for the call: a retain and a release of
    /// each of their buffers, those the reader never looks at included.
    mutating func takeRows(of node: PlanNode) -> PlanRows {
        var rows = PlanRows()
        swapRows(&rows, of: node)
        return rows
    }

    mutating func putRows(_ rows: consuming PlanRows, of node: PlanNode) {
        swapRows(&rows, of: node)
    }

    private mutating func swapRows(_ rows: inout PlanRows, of node: PlanNode) {
        switch node {
        case .number: break
        case .instantSelector(let index): instantSelectors.swapRows(&rows, at: index)
        case .rangeCall(let index): rangeCalls.swapRows(&rows, at: index)
        case .aggregation(let index): aggregations.swapRows(&rows, at: index)
        case .binary(let index): binaries.swapRows(&rows, at: index)
        }
    }

    /// The window `[end - length, end]` a selector reads at `time`, as `Evaluator.window` computes it; nil when
    /// it leaves the representable times (the reference evaluator reports that).
    static func window(at time: Timestamp, offset: Int64, length: Int64) -> (start: Timestamp, end: Timestamp)? {
        let (end, endOverflow) = time.subtractingReportingOverflow(offset)
        let (start, startOverflow) = end.subtractingReportingOverflow(length)
        return endOverflow || startOverflow ? nil : (start, end)
    }

    /// Brings a selector's series up to date; false when the store was replaced.
    static func refresh(_ resolved: inout ResolvedSeries, storage: InMemoryStorage, replaced: inout Bool) -> Bool {
        if resolved.refresh(from: storage) == .replaced {
            replaced = true
            return false
        }
        return true
    }
}
