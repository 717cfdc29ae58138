/// An instant selector without `@`: each matched series' latest sample within the lookback delta.
struct InstantSelectorNode: Sendable {
    var resolved: ResolvedSeries
    let offset: Int64
    var rows = PlanRows()
}

/// A range function over a range selector without `@` (`rate(x[5m])`, `max_over_time(x[1h])`), with constant
/// scalar arguments, run through the very function the reference evaluator runs.
struct RangeCallNode: Sendable {
    var resolved: ResolvedSeries
    let offset: Int64
    let range: Int64
    let keepsMetricName: Bool
    let function: @Sendable (RangeFunctionInput) -> Double?
    /// Set when `function` is `rate`, `increase` or `delta`, which then read each window's buffer directly.
    let extrapolation: ExtrapolatedRate.Variant?
    let scalars: [Double]
    /// Whether the selector's series cannot change within a tick, so a change worked out for one of them holds for
    /// the rest of the tick (`WindowPool`).
    let keepsChanges: Bool
    /// Each resolved series with its output label id and its window in the program's `WindowPool`, in the resolved
    /// order, kept in the pool. A tick reads only these: reading the resolved list and two arrays beside it, a few
    /// series each, missed the cache three more times per range call, and an array of the call's own once more.
    var positions = PositionRegion()
    /// `resolved.checkedThrough` when `positions` last caught up with the resolved series.
    var positionedThrough = 0
    var rows = PlanRows()
}

/// One series a range call reads: the store's id, its output label id and its window in the `WindowPool`.
struct RangeCallPosition: Sendable {
    let series: SeriesID
    let output: Int32
    let window: Int32
}

/// Where a range call's positions sit in the `WindowPool`'s buffer of them.
struct PositionRegion: Sendable {
    var base = 0
    var count = 0
    var capacity = 0
}

/// `sum`, `avg`, `min`, `max`, `count`, `group`, `stddev` or `stdvar`, by or without labels.
struct AggregationNode: Sendable {
    let op: AggregateOperator
    let grouping: Set<String>
    let without: Bool
    var groupOfChild = IDMap()
    var rows = PlanRows()
}

/// A binary operation with at least one instant-vector side: vector-scalar, one-to-one or grouped vector
/// matching, `and` or `unless`.
struct BinaryNode: Sendable {
    let op: BinaryOperator
    let returnBool: Bool
    let matching: VectorMatching
    var leftOutput = IDMap()
    var leftSignature = IDMap()
    var rightSignature = IDMap()
    var signatures = LabelTable()
    var pairOutputs = PairOutputs()
    var rows = PlanRows()
}

/// A node's outcome at the program's current tick, so a node that several expressions share runs once a tick.
struct TickMemo: Sendable {
    private var tick: UInt32 = 0
    private var succeeded = false

    func outcome(at tick: UInt32) -> Bool? { self.tick == tick ? succeeded : nil }

    mutating func record(_ succeeded: Bool, at tick: UInt32) {
        self.tick = tick
        self.succeeded = succeeded
    }
}
